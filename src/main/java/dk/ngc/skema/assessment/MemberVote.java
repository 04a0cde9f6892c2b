package dk.ngc.skema.assessment;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * One working-group member's assessment of one nomination: their declaration, their category (if given
 * yet) and their optional comments per guiding principle.
 *
 * <p>Recusal is enforced here, not left to the screens: a conflicted member can carry neither a rating
 * nor principle comments, because those comments are the member's substantive assessment, which is
 * exactly what a conflicted member must not give. Such a vote cannot be constructed.
 *
 * @param username                the member's Keycloak username; required
 * @param declaration             impartial, or conflicted with a reason; required
 * @param rating                  A or B; {@code null} while the member has not rated yet
 * @param professionalismComment  optional comment on principle (1) "Faglighed og værdi for patienten";
 *                                blank is stored as {@code null}
 * @param nationalAccessComment   optional comment on principle (2) "Adgang til hurtigere og bedre behandling
 *                                nationalt"; blank is stored as {@code null}
 */
public record MemberVote(String username, Declaration declaration, @Nullable Rating rating,
                         @Nullable String professionalismComment, @Nullable String nationalAccessComment) {

    public MemberVote {
        Objects.requireNonNull(username, "username");
        username = username.strip();
        if (username.isEmpty()) {
            throw new IllegalArgumentException("A vote needs the member's username");
        }
        Objects.requireNonNull(declaration, "declaration of " + username);
        professionalismComment = blankToNull(professionalismComment);
        nationalAccessComment = blankToNull(nationalAccessComment);
        if (declaration.recused() && rating != null) {
            throw new IllegalArgumentException("Member " + username
                    + " declared a conflict of interest and may not rate the nomination");
        }
        if (declaration.recused() && (professionalismComment != null || nationalAccessComment != null)) {
            throw new IllegalArgumentException("Member " + username
                    + " declared a conflict of interest and may not comment on the principles");
        }
    }

    /** An impartial member's rating, without comments. */
    public static MemberVote rated(String username, Rating rating) {
        return new MemberVote(username, Declaration.impartial(), Objects.requireNonNull(rating, "rating"), null, null);
    }

    /** An impartial member's rating with comments per principle (either may be {@code null}). */
    public static MemberVote rated(String username, Rating rating, String professionalismComment, String nationalAccessComment) {
        return new MemberVote(username, Declaration.impartial(), Objects.requireNonNull(rating, "rating"),
                professionalismComment, nationalAccessComment);
    }

    /** An impartial member who has opened the nomination but not rated it yet. */
    public static MemberVote notYetRated(String username) {
        return new MemberVote(username, Declaration.impartial(), null, null, null);
    }

    /** A member who declared a conflict of interest and is therefore recused. */
    public static MemberVote recused(String username, String reason) {
        return new MemberVote(username, Declaration.conflicted(reason), null, null, null);
    }

    /** {@code true} when the member declared a conflict and does not count among the eligible members. */
    public boolean isRecused() {
        return declaration.recused();
    }

    /** {@code true} when the member has given A or B. */
    public boolean isRated() {
        return rating != null;
    }

    /** The comment on the given principle, or {@code null}. */
    public String comment(Principle principle) {
        return switch (principle) {
            case PROFESSIONALISM_AND_PATIENT_VALUE -> professionalismComment;
            case FASTER_BETTER_NATIONAL_ACCESS -> nationalAccessComment;
        };
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}

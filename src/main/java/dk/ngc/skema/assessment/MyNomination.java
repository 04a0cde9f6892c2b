package dk.ngc.skema.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One submitted nomination as the current working-group member sees it: only their own declaration and
 * rating, never anybody else's.
 *
 * @param declaration            null until the member has declared impartiality
 * @param rating                 null until the member has rated (always null when recused)
 * @param conflictStanding       the member declared a conflict that NGC has not lifted: they cannot declare
 *                               themselves impartial
 */
public record MyNomination(long nominationId, String receiptNumber, String title, long responseId,
                           @Nullable Declaration declaration, @Nullable Rating rating,
                           @Nullable String professionalismComment, @Nullable String nationalAccessComment,
                           boolean conflictStanding) {

    /** Done: recused, or impartial and rated. */
    public boolean done() {
        return declaration != null && (declaration.recused() || rating != null);
    }

    public boolean recused() {
        return declaration != null && declaration.recused();
    }
}

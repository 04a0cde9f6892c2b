package dk.ngc.skema.assessment;

import java.util.Objects;

/**
 * A member's declaration of impartiality (habilitet) for one nomination.
 *
 * <p>Sealed so that code handling votes must consider both cases, and so that "conflicted" can never be
 * recorded without saying why: the reason is what NGC and the steering group read when they wonder why
 * a member did not rate.
 */
public sealed interface Declaration permits Declaration.Impartial, Declaration.Conflicted {

    /** The member has no conflict of interest and may rate. */
    static Declaration impartial() {
        return Impartial.INSTANCE;
    }

    /** The member has a conflict of interest (inhabil) and is recused: they do not rate. */
    static Declaration conflicted(String reason) {
        return new Conflicted(reason);
    }

    /** {@code true} when the member may not rate and does not count among the eligible members. */
    boolean recused();

    /** No conflict of interest (habil). */
    record Impartial() implements Declaration {
        private static final Impartial INSTANCE = new Impartial();

        @Override
        public boolean recused() {
            return false;
        }
    }

    /**
     * Conflict of interest (inhabil), with the member's own reason, e.g. "Medindstiller fra egen afdeling".
     *
     * @param reason why the member is conflicted; required, trimmed
     */
    record Conflicted(String reason) implements Declaration {
        public Conflicted {
            Objects.requireNonNull(reason, "A conflict of interest needs a reason");
            reason = reason.strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("A conflict of interest needs a reason");
            }
        }

        @Override
        public boolean recused() {
            return true;
        }
    }
}

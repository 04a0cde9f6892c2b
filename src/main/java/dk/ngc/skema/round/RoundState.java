package dk.ngc.skema.round;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of a round, in the order of the process plan: planned → open → closed for nominations →
 * in assessment → assessed → in qualification → in decision → decided. NGC may move between the
 * nomination phases by hand (open again after closing, e.g. after a mistaken close); from the
 * assessment on, the round only moves forward, and only through the feature that runs the phase.
 */
public enum RoundState {
    PLANNED, OPEN, CLOSED, IN_ASSESSMENT, ASSESSED, IN_QUALIFICATION, IN_DECISION, DECIDED;

    /** The phases NGC sets by hand on the rounds page. */
    public static final Set<RoundState> NOMINATION_PHASES = EnumSet.of(PLANNED, OPEN, CLOSED);

    public boolean mayMoveTo(RoundState next) {
        if (NOMINATION_PHASES.contains(this) && NOMINATION_PHASES.contains(next)) {
            return this != next;
        }
        return switch (next) {
            // Only a round closed for nominations: the set of nominations to assess must be fixed first.
            case IN_ASSESSMENT -> this == CLOSED;
            case ASSESSED -> this == IN_ASSESSMENT;
            case IN_QUALIFICATION -> this == ASSESSED;
            case IN_DECISION -> this == IN_QUALIFICATION;
            case DECIDED -> this == IN_DECISION;
            default -> false;
        };
    }
}

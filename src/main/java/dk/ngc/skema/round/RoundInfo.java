package dk.ngc.skema.round;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A round as views and other features see it.
 *
 * @param reported the outcome of a round run before the platform, as reported on paper; null for rounds run here
 */
public record RoundInfo(long id, String code, String name, String formKey, Instant nominationOpensAt, Instant nominationClosesAt,
                        BigDecimal thresholdPercent, RoundState state, @Nullable ReportedFigures reported) {

    /** Whether nominations may be started and submitted at this instant (a nomination's own extension aside). */
    public boolean acceptsNominationsAt(Instant now) {
        return state == RoundState.OPEN && !now.isBefore(nominationOpensAt) && !now.isAfter(nominationClosesAt);
    }

    /** From the start of the assessment on, the round's set of nominations is fixed. */
    public boolean isAssessing() {
        return state.ordinal() >= RoundState.IN_ASSESSMENT.ordinal();
    }

    /** Nominations received, picked by the working group for qualification, and consolidated patient groups. */
    public record ReportedFigures(int nominations, int qualified, int groups) {
    }
}

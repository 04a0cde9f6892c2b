package dk.ngc.skema.nomination;

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

    /** Nominations received, picked by the working group for qualification, and consolidated patient groups. */
    public record ReportedFigures(int nominations, int qualified, int groups) {
    }
}

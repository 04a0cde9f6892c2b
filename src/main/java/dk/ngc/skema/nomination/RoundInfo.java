package dk.ngc.skema.nomination;

import java.math.BigDecimal;
import java.time.Instant;

/** A round as views and other features see it. */
public record RoundInfo(long id, String code, String name, String formKey, Instant nominationOpensAt, Instant nominationClosesAt,
                        BigDecimal thresholdPercent, RoundState state) {
}

package dk.ngc.skema.consolidation;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Whole-genome sequencings per year as an uncertain range: low ≤ expected ≤ high. Sums add part by part, so a
 * group's range is its nominations' ranges added up (each nomination counted once).
 */
public record WgsRange(long low, long expected, long high) {

    public static final WgsRange ZERO = new WgsRange(0, 0, 0);

    public WgsRange {
        if (low < 0 || expected < low || high < expected) {
            throw new IllegalArgumentException("Not a range low ≤ expected ≤ high of WGS: " + low + "/" + expected + "/" + high);
        }
    }

    /**
     * The range a nomination's answer gives, with missing parts filled from the others (a missing expected is
     * the middle of low and high, a missing low or high is the expected); empty when nothing was answered. The
     * parts are rounded half-up to whole sequencings and put in order, as a nominator may write them reversed.
     */
    public static java.util.Optional<WgsRange> fromAnswer(@Nullable BigDecimal low, @Nullable BigDecimal expected, @Nullable BigDecimal high) {
        if (low == null && expected == null && high == null) {
            return java.util.Optional.empty();
        }
        BigDecimal e = expected != null ? expected
                : low != null && high != null ? low.add(high).divide(BigDecimal.TWO, 0, RoundingMode.HALF_UP)
                : low != null ? low : high;
        long[] parts = {whole(low != null ? low : e), whole(e), whole(high != null ? high : e)};
        java.util.Arrays.sort(parts);
        return java.util.Optional.of(new WgsRange(Math.max(0, parts[0]), Math.max(0, parts[1]), Math.max(0, parts[2])));
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** "1.200 / 1.500 / 2.000" (low / expected / high), with the reader's digit grouping. */
    public String text(java.util.Locale locale) {
        var format = java.text.NumberFormat.getIntegerInstance(locale);
        return format.format(low) + " / " + format.format(expected) + " / " + format.format(high);
    }

    /** As {@link #text(java.util.Locale)}; "–" for no range. */
    public static String text(@Nullable WgsRange range, java.util.Locale locale) {
        return range == null ? "–" : range.text(locale);
    }

    public WgsRange plus(WgsRange other) {
        return new WgsRange(low + other.low, expected + other.expected, high + other.high);
    }

    public WgsRange times(long factor) {
        return new WgsRange(low * factor, expected * factor, high * factor);
    }

    public long part(Scenario scenario) {
        return switch (scenario) {
            case LOW -> low;
            case EXPECTED -> expected;
            case HIGH -> high;
        };
    }

    public static WgsRange sum(Collection<WgsRange> ranges) {
        return ranges.stream().reduce(ZERO, WgsRange::plus);
    }
}

package dk.ngc.skema.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rule by which the working group's individual ratings become one category: a nomination is A when
 * at least {@code thresholdPercent} % of the eligible (impartial) members rated it A.
 *
 * <p>The process plan says "≥50% af medlemmerne"; the threshold was discussed and confirmed at the
 * meeting, so it is a round setting rather than a constant. Three readings are fixed here, because a user
 * will notice each of them:
 * <ul>
 *   <li><b>Exactly the threshold is A</b> ("≥", not "&gt;"): 6 A of 12 is A at 50 %.</li>
 *   <li><b>Recused members do not count</b>: they are taken out of the denominator, so a conflict neither
 *       helps nor hurts a nomination.</li>
 *   <li><b>Eligible members who have not rated count as not A</b>: the plan asks for a share of the
 *       members, not of the ratings given, so 4 A from the only 4 raters of 12 is 33 %, i.e. B.</li>
 * </ul>
 * The comparison is exact (integer and {@link BigDecimal} arithmetic): a threshold of 66.7 % is not two
 * thirds, and 8 of 12 (66.67 %) falls short of it even though it displays as 66.7 % at one decimal.
 *
 * @param thresholdPercent share of the eligible members that must rate A, in percent; 0 &lt; t ≤ 100.
 *                         Trailing zeros are stripped so that 50 and 50.0 are the same rule.
 */
public record AssessmentRule(BigDecimal thresholdPercent) {

    /** Declared before {@link #DEFAULT}, whose construction needs it. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The process plan's rule: simple majority, at least 50 %. */
    public static final AssessmentRule DEFAULT = new AssessmentRule(new BigDecimal("50"));

    public AssessmentRule {
        Objects.requireNonNull(thresholdPercent, "thresholdPercent");
        if (thresholdPercent.signum() <= 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The A threshold must be above 0 % and at most 100 %, was "
                    + thresholdPercent.toPlainString() + " %");
        }
        thresholdPercent = thresholdPercent.stripTrailingZeros();
        if (thresholdPercent.scale() < 0) {
            thresholdPercent = thresholdPercent.setScale(0, RoundingMode.UNNECESSARY);
        }
    }

    /** The rule with the given threshold in percent, e.g. {@code "66.7"}. */
    public static AssessmentRule ofPercent(String thresholdPercent) {
        return new AssessmentRule(new BigDecimal(thresholdPercent));
    }

    /**
     * {@code true} when {@code aCount} A ratings out of {@code eligible} eligible members reach the threshold,
     * decided exactly as {@code aCount × 100 ≥ threshold × eligible}.
     *
     * @throws IllegalArgumentException when nobody is eligible (there is no share to compare) or counts are off
     */
    public boolean reachedBy(int aCount, int eligible) {
        if (eligible <= 0) {
            throw new IllegalArgumentException("No eligible members: there is no A share to compare");
        }
        if (aCount < 0 || aCount > eligible) {
            throw new IllegalArgumentException(aCount + " A ratings from " + eligible + " eligible members");
        }
        return BigDecimal.valueOf(aCount).multiply(HUNDRED)
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(eligible))) >= 0;
    }

    /**
     * The fewest A ratings that make a nomination A when {@code eligible} members may rate, so screens can
     * say "6 A needed"; 0 when nobody is eligible.
     */
    public int minimumA(int eligible) {
        if (eligible < 0) {
            throw new IllegalArgumentException("eligible must not be negative");
        }
        return thresholdPercent.multiply(BigDecimal.valueOf(eligible))
                .divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
    }

    /** The threshold as written in Danish, e.g. "66,7 %". */
    public String thresholdDa() {
        return thresholdPercent.toPlainString().replace('.', ',') + " %";
    }

    /** The threshold as written in English, e.g. "66.7 %". */
    public String thresholdEn() {
        return thresholdPercent.toPlainString() + " %";
    }

    /** The rule in Danish, as shown to members and in the round settings. */
    public String textDa() {
        String t = thresholdDa();
        return "En indstilling er A, når mindst " + t + " af de habile medlemmer har givet A. "
                + "Præcis " + t + " er A. Inhabile medlemmer tæller ikke med. "
                + "Habile medlemmer, der ikke har vurderet, tæller som ikke A.";
    }

    /** The rule in English. */
    public String textEn() {
        String t = thresholdEn();
        return "A nomination is A when at least " + t + " of the impartial members have rated it A. "
                + "Exactly " + t + " is A. Recused members do not count. "
                + "Impartial members who have not rated count as not A.";
    }
}

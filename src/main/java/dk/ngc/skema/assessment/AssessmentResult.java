package dk.ngc.skema.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The working group's combined assessment of one nomination, with the counts behind it so that NGC, the
 * members and the steering group can all see why it came out as it did.
 *
 * <p>Invariants: {@code eligible = members − recused}, {@code rated = ratedA + ratedB},
 * {@code notRated = eligible − rated} (members who never opened the nomination are among the not rated).
 *
 * @param rule           the rule that was applied
 * @param outcome        A, B, or NO_RESULT when nobody was eligible
 * @param members        the working group's size
 * @param recused        members who declared a conflict of interest
 * @param eligible       members who may rate: members − recused; the denominator of every share
 * @param rated          eligible members who gave A or B
 * @param ratedA         A ratings
 * @param ratedB         B ratings
 * @param notRated       eligible members without a rating; they count as not A
 * @param aSharePercent  A ÷ eligible × 100, rounded half-up to one decimal, <b>for display only</b>; the
 *                       outcome was decided exactly. 0 when nobody is eligible.
 * @param turnoutPercent rated ÷ eligible × 100, rounded half-up to one decimal; 0 when nobody is eligible
 * @param lowTurnout     fewer than half of the eligible members have rated, so the outcome rests on few
 *                       opinions (and non-raters weigh as B); worth a reminder before the assessment closes
 * @param explanationDa  one line for people, e.g. "6 af 12 habile medlemmer gav A (50,0 %) ≥ 50 %: A"
 * @param explanationEn  the same in English
 */
public record AssessmentResult(AssessmentRule rule, Outcome outcome,
                               int members, int recused, int eligible,
                               int rated, int ratedA, int ratedB, int notRated,
                               BigDecimal aSharePercent, BigDecimal turnoutPercent, boolean lowTurnout,
                               String explanationDa, String explanationEn) {

    public AssessmentResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(aSharePercent, "aSharePercent");
        Objects.requireNonNull(turnoutPercent, "turnoutPercent");
        Objects.requireNonNull(explanationDa, "explanationDa");
        Objects.requireNonNull(explanationEn, "explanationEn");
    }

    /**
     * {@code true} when NGC should look at this nomination before relying on the outcome: nobody could
     * rate it, or too few did.
     */
    public boolean needsAttention() {
        return outcome == Outcome.NO_RESULT || lowTurnout;
    }

    /** The fewest A ratings that would have made this nomination A with the same eligible members. */
    public int minimumA() {
        return rule.minimumA(eligible);
    }
}

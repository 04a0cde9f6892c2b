package dk.ngc.skema.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the working group's individual votes on one nomination into one {@link AssessmentResult}.
 *
 * <p>Pure and stateless so that the rule can be tested, explained and re-run (for instance when the round's
 * threshold is changed) without a database. Callers pass the votes as stored; members who never voted are
 * simply absent and count as eligible members without a rating.
 *
 * <p>The calculator refuses input that would make the result wrong rather than guessing: a second vote by
 * the same member, a rating from a recused member, or more votes than there are members.
 */
public final class AssessmentCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Most decimals an explanation will show to make a near-threshold share unambiguous. */
    private static final int MAX_EXPLANATION_DECIMALS = 6;

    private AssessmentCalculator() {
    }

    /**
     * Computes the outcome under {@code rule} for a working group of {@code workingGroupSize} members.
     *
     * @param votes the votes cast so far, at most one per member (usernames compared case-insensitively,
     *              as Keycloak does)
     * @throws IllegalArgumentException naming the member, for a recused member's rating or a second vote;
     *                                  or when there are more votes than members
     */
    public static AssessmentResult result(AssessmentRule rule, int workingGroupSize, List<MemberVote> votes) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(votes, "votes");
        if (workingGroupSize < 0) {
            throw new IllegalArgumentException("The working group's size must not be negative, was " + workingGroupSize);
        }

        int recused = 0;
        int ratedA = 0;
        int ratedB = 0;
        Set<String> seen = new HashSet<>();
        for (MemberVote vote : votes) {
            Objects.requireNonNull(vote, "vote");
            if (!seen.add(vote.username().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Member " + vote.username() + " has voted more than once");
            }
            if (vote.isRecused()) {
                // MemberVote already refuses this; checked again because recusal is the rule that must never slip.
                if (vote.isRated()) {
                    throw new IllegalArgumentException("Member " + vote.username()
                            + " declared a conflict of interest and may not rate the nomination");
                }
                recused++;
            } else if (vote.rating() == Rating.A) {
                ratedA++;
            } else if (vote.rating() == Rating.B) {
                ratedB++;
            }
        }
        if (votes.size() > workingGroupSize) {
            throw new IllegalArgumentException(votes.size() + " votes for a working group of " + workingGroupSize + " members");
        }

        int eligible = workingGroupSize - recused;
        int rated = ratedA + ratedB;
        int notRated = eligible - rated;

        if (eligible == 0) {
            String da = workingGroupSize == 0
                    ? "Intet resultat: arbejdsgruppen har ingen medlemmer."
                    : "Intet resultat: alle " + workingGroupSize + " medlemmer er inhabile.";
            String en = workingGroupSize == 0
                    ? "No result: the working group has no members."
                    : "No result: all " + workingGroupSize + " members are recused.";
            return new AssessmentResult(rule, Outcome.NO_RESULT, workingGroupSize, recused, 0, 0, 0, 0, 0,
                    BigDecimal.ZERO, BigDecimal.ZERO, false, da, en);
        }

        boolean a = rule.reachedBy(ratedA, eligible);
        Outcome outcome = a ? Outcome.A : Outcome.B;
        boolean lowTurnout = rated * 2 < eligible;
        BigDecimal share = percent(ratedA, eligible, 1);
        BigDecimal turnout = percent(rated, eligible, 1);

        String shown = explanationShare(ratedA, eligible, rule);
        String da = ratedA + " af " + eligible + (eligible == 1 ? " habilt medlem" : " habile medlemmer")
                + " gav A (" + shown.replace('.', ',') + " %) " + (a ? "≥ " : "< ") + rule.thresholdDa() + ": " + outcome;
        String en = ratedA + " of " + eligible + (eligible == 1 ? " impartial member" : " impartial members")
                + " rated A (" + shown + " %) " + (a ? "≥ " : "< ") + rule.thresholdEn() + ": " + outcome;
        if (lowTurnout) {
            da += ". Lav deltagelse: kun " + rated + " af " + eligible + " habile medlemmer har vurderet.";
            en += ". Low turnout: only " + rated + " of " + eligible + " impartial members have rated.";
        }
        return new AssessmentResult(rule, outcome, workingGroupSize, recused, eligible, rated, ratedA, ratedB, notRated,
                share, turnout, lowTurnout, da, en);
    }

    private static BigDecimal percent(int part, int whole, int decimals) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    /**
     * The A share with one decimal, or with more when one decimal would contradict the exact comparison:
     * 8 of 12 against 66.7 % shows "66.67", not "66.7 % &lt; 66.7 %", which nobody would believe.
     */
    private static String explanationShare(int ratedA, int eligible, AssessmentRule rule) {
        int exactSign = BigDecimal.valueOf(ratedA).multiply(HUNDRED)
                .compareTo(rule.thresholdPercent().multiply(BigDecimal.valueOf(eligible)));
        for (int decimals = 1; decimals < MAX_EXPLANATION_DECIMALS; decimals++) {
            BigDecimal shown = percent(ratedA, eligible, decimals);
            if (Integer.signum(shown.compareTo(rule.thresholdPercent())) == Integer.signum(exactSign)) {
                return shown.toPlainString();
            }
        }
        return percent(ratedA, eligible, MAX_EXPLANATION_DECIMALS).toPlainString();
    }
}

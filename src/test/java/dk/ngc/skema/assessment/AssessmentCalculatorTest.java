package dk.ngc.skema.assessment;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The working group's A/B rule as a member or NGC would notice it: "≥ 50 % of the impartial members gave A";
 * exactly half is A; recused members are out of the count; members who have not rated count against.
 */
class AssessmentCalculatorTest {

    private static final int GROUP = 12;
    private static final AssessmentRule FIFTY = AssessmentRule.DEFAULT;

    /** {@code a} A ratings, {@code b} B ratings, {@code recused} recused members; the rest did not vote. */
    private static List<MemberVote> votes(int a, int b, int recused) {
        List<MemberVote> votes = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < a; i++) {
            votes.add(MemberVote.rated("member" + ++n, Rating.A));
        }
        for (int i = 0; i < b; i++) {
            votes.add(MemberVote.rated("member" + ++n, Rating.B));
        }
        for (int i = 0; i < recused; i++) {
            votes.add(MemberVote.recused("member" + ++n, "Medindstiller fra egen afdeling"));
        }
        return votes;
    }

    @Nested
    class TheDefaultFiftyPercentRule {

        @Test
        void exactlyHalfOfTwelveGivingAIsA() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(6, 6, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.A);
            assertThat(result.aSharePercent()).isEqualByComparingTo("50.0");
            assertThat(result.explanationDa()).isEqualTo("6 af 12 habile medlemmer gav A (50,0 %) ≥ 50 %: A");
            assertThat(result.explanationEn()).isEqualTo("6 of 12 impartial members rated A (50.0 %) ≥ 50 %: A");
        }

        @Test
        void fiveOfTwelveIsB() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(5, 7, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.B);
            assertThat(result.aSharePercent()).isEqualByComparingTo("41.7");
            assertThat(result.explanationDa()).isEqualTo("5 af 12 habile medlemmer gav A (41,7 %) < 50 %: B");
            assertThat(result.minimumA()).isEqualTo(6);
        }

        @Test
        void unanimousAIsAAndUnanimousBIsB() {
            assertThat(AssessmentCalculator.result(FIFTY, GROUP, votes(12, 0, 0)).outcome()).isEqualTo(Outcome.A);
            assertThat(AssessmentCalculator.result(FIFTY, GROUP, votes(0, 12, 0)).outcome()).isEqualTo(Outcome.B);
        }
    }

    @Nested
    class RecusedMembersDoNotCount {

        @Test
        void withOneRecusedFiveOfElevenIsB() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(5, 6, 1));

            assertThat(result.outcome()).isEqualTo(Outcome.B);
            assertThat(result.members()).isEqualTo(12);
            assertThat(result.recused()).isEqualTo(1);
            assertThat(result.eligible()).isEqualTo(11);
            assertThat(result.aSharePercent()).isEqualByComparingTo("45.5");
            assertThat(result.explanationDa()).isEqualTo("5 af 11 habile medlemmer gav A (45,5 %) < 50 %: B");
        }

        @Test
        void withOneRecusedSixOfElevenIsA() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(6, 5, 1));

            assertThat(result.outcome()).isEqualTo(Outcome.A);
            assertThat(result.aSharePercent()).isEqualByComparingTo("54.5");
        }

        @Test
        void aRecusalNeitherHelpsNorHurts_sixAOfTenEligibleIsStillA() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(5, 5, 2));

            assertThat(result.eligible()).isEqualTo(10);
            assertThat(result.outcome()).isEqualTo(Outcome.A);
        }

        @Test
        void whenAllTwelveAreRecusedThereIsNoResultAndNgcIsAlerted() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(0, 0, 12));

            assertThat(result.outcome()).isEqualTo(Outcome.NO_RESULT);
            assertThat(result.eligible()).isZero();
            assertThat(result.needsAttention()).isTrue();
            assertThat(result.explanationDa()).isEqualTo("Intet resultat: alle 12 medlemmer er inhabile.");
            assertThat(result.explanationEn()).isEqualTo("No result: all 12 members are recused.");
        }

        @Test
        void aRecusedMemberWithARatingIsRefusedAndNamed() {
            assertThatThrownBy(() -> new MemberVote("karen", Declaration.conflicted("Egen patientgruppe"), Rating.A, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("karen");
        }

        @Test
        void aRecusedMemberCannotCommentOnThePrinciplesEither() {
            assertThatThrownBy(() -> new MemberVote("karen", Declaration.conflicted("Egen patientgruppe"), null, "Stærk faglighed", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("karen");
        }

        @Test
        void aConflictNeedsAReason() {
            assertThatThrownBy(() -> MemberVote.recused("karen", "  "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MembersWhoHaveNotRatedCountAgainst {

        @Test
        void fourAFromOnlyFourRatersOfTwelveIsBAndFlaggedAsLowTurnout() {
            // The plan asks for "≥50% af medlemmerne", not 50 % of the ratings given: 4 / 12 = 33.3 %.
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(4, 0, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.B);
            assertThat(result.rated()).isEqualTo(4);
            assertThat(result.notRated()).isEqualTo(8);
            assertThat(result.aSharePercent()).isEqualByComparingTo("33.3");
            assertThat(result.turnoutPercent()).isEqualByComparingTo("33.3");
            assertThat(result.lowTurnout()).isTrue();
            assertThat(result.needsAttention()).isTrue();
            assertThat(result.explanationDa()).isEqualTo(
                    "4 af 12 habile medlemmer gav A (33,3 %) < 50 %: B. Lav deltagelse: kun 4 af 12 habile medlemmer har vurderet.");
        }

        @Test
        void sixAWithTheOtherSixSilentIsAlreadyAAndHalfTurnoutIsNotLow() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes(6, 0, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.A);
            assertThat(result.lowTurnout()).isFalse();
            assertThat(result.needsAttention()).isFalse();
        }

        @Test
        void aMemberWhoOpenedButDidNotRateCountsLikeOneWhoNeverVoted() {
            List<MemberVote> votes = votes(5, 0, 0);
            votes.add(MemberVote.notYetRated("member99"));
            var result = AssessmentCalculator.result(FIFTY, GROUP, votes);

            assertThat(result.rated()).isEqualTo(5);
            assertThat(result.notRated()).isEqualTo(7);
            assertThat(result.outcome()).isEqualTo(Outcome.B);
        }

        @Test
        void beforeAnyoneHasRatedTheNominationStandsAtBWithLowTurnout() {
            var result = AssessmentCalculator.result(FIFTY, GROUP, List.of());

            assertThat(result.outcome()).isEqualTo(Outcome.B);
            assertThat(result.eligible()).isEqualTo(12);
            assertThat(result.lowTurnout()).isTrue();
        }
    }

    @Nested
    class AnotherThreshold {

        private final AssessmentRule twoThirdsRounded = AssessmentRule.ofPercent("66.7");

        @Test
        void sixtySixPointSevenIsNotTwoThirds_eightOfTwelveFallsShort() {
            // 8 / 12 = 66.666… % < 66.7 %; one decimal would show "66,7 % < 66,7 %", so the explanation shows two.
            var result = AssessmentCalculator.result(twoThirdsRounded, GROUP, votes(8, 4, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.B);
            assertThat(result.aSharePercent()).isEqualByComparingTo("66.7");
            assertThat(result.explanationDa()).isEqualTo("8 af 12 habile medlemmer gav A (66,67 %) < 66,7 %: B");
            assertThat(result.minimumA()).isEqualTo(9);
        }

        @Test
        void nineOfTwelveReachesSixtySixPointSeven() {
            var result = AssessmentCalculator.result(twoThirdsRounded, GROUP, votes(9, 3, 0));

            assertThat(result.outcome()).isEqualTo(Outcome.A);
            assertThat(result.explanationEn()).isEqualTo("9 of 12 impartial members rated A (75.0 %) ≥ 66.7 %: A");
        }

        @Test
        void aHundredPercentMeansEveryEligibleMember() {
            var all = AssessmentRule.ofPercent("100");
            assertThat(AssessmentCalculator.result(all, GROUP, votes(11, 0, 1)).outcome()).isEqualTo(Outcome.A);
            assertThat(AssessmentCalculator.result(all, GROUP, votes(11, 1, 0)).outcome()).isEqualTo(Outcome.B);
        }
    }

    @Nested
    class RefusedInput {

        @Test
        void aMemberVotingTwiceIsRefusedAndNamed() {
            var twice = List.of(MemberVote.rated("karen", Rating.A), MemberVote.rated("Karen", Rating.B));

            assertThatThrownBy(() -> AssessmentCalculator.result(FIFTY, GROUP, twice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Karen");
        }

        @Test
        void recusingAndAlsoVotingIsTwoVotesAndRefused() {
            var both = List.of(MemberVote.recused("karen", "Egen afdeling"), MemberVote.rated("karen", Rating.A));

            assertThatThrownBy(() -> AssessmentCalculator.result(FIFTY, GROUP, both))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("karen");
        }

        @Test
        void moreVotesThanMembersIsRefused() {
            assertThatThrownBy(() -> AssessmentCalculator.result(FIFTY, 11, votes(6, 6, 0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("12 votes");
        }
    }

    @Test
    void theCountsAddUp() {
        var result = AssessmentCalculator.result(FIFTY, GROUP, votes(4, 3, 2));

        assertThat(result.eligible()).isEqualTo(result.members() - result.recused()).isEqualTo(10);
        assertThat(result.rated()).isEqualTo(result.ratedA() + result.ratedB()).isEqualTo(7);
        assertThat(result.notRated()).isEqualTo(result.eligible() - result.rated()).isEqualTo(3);
        assertThat(result.turnoutPercent()).isEqualByComparingTo(new BigDecimal("70.0"));
        assertThat(result.outcome()).isEqualTo(Outcome.B);
    }
}

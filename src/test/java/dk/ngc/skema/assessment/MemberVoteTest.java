package dk.ngc.skema.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a single member's vote may and may not hold. */
class MemberVoteTest {

    @Test
    void anImpartialMemberMayCommentPerPrinciple() {
        var vote = MemberVote.rated("karen", Rating.A, "Højt diagnostisk udbytte", "  ");

        assertThat(vote.isRecused()).isFalse();
        assertThat(vote.comment(Principle.PROFESSIONALISM_AND_PATIENT_VALUE)).isEqualTo("Højt diagnostisk udbytte");
        assertThat(vote.comment(Principle.FASTER_BETTER_NATIONAL_ACCESS)).as("blank is no comment").isNull();
    }

    @Test
    void aRecusedMemberKeepsTheirReasonAndHasNoRating() {
        var vote = MemberVote.recused("karen", " Medindstiller ");

        assertThat(vote.isRecused()).isTrue();
        assertThat(vote.isRated()).isFalse();
        assertThat(vote.declaration()).isEqualTo(new Declaration.Conflicted("Medindstiller"));
    }

    @Test
    void aVoteNeedsAUsernameAndADeclaration() {
        assertThatThrownBy(() -> MemberVote.rated(" ", Rating.A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemberVote("karen", null, Rating.A, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void thePrinciplesCarryTheProcessPlansWording() {
        assertThat(Principle.PROFESSIONALISM_AND_PATIENT_VALUE.labelDa()).isEqualTo("Faglighed og værdi for patienten");
        assertThat(Principle.FASTER_BETTER_NATIONAL_ACCESS.labelDa()).isEqualTo("Adgang til hurtigere og bedre behandling nationalt");
    }
}

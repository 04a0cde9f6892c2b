package dk.ngc.skema.assessment;

import dk.ngc.skema.base.Messages;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A declared conflict of interest stands until NGC lifts it with a reason; the member cannot undo it to vote. */
class ConflictOfInterestServiceTest extends ServiceTest {

    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    /** A round in assessment with one submitted nomination and a working group of two. */
    private NominationInfo nominationInAssessment(String code, String title) {
        long round = AssessmentTestData.openRound(testRounds, code);
        actAs("rasmus");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, title, "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.setWorkingGroupSize(round, 2);
        return nomination;
    }

    @Test
    void aMemberWhoDeclaredAConflictCannotSwitchBackAndTheirVoteNeverCounts() {
        NominationInfo nomination = nominationInAssessment("ACF1", "Arvelig bindevævssygdom");
        long id = nomination.id();
        long round = nomination.roundId();

        actAs("william");
        assessment.declare(id, true, "Min søster har skrevet indstillingen");
        refused(() -> assessment.declare(id, false, null), "assessment.error.conflictStands");
        refused(() -> assessment.assess(id, false, null, Rating.A, "Vigtig", null), "assessment.error.conflictStands");
        refused(() -> assessment.rate(id, Rating.A, null, null), "assessment.error.recused");
        assertThat(Messages.get(Locale.of("da"), "assessment.error.conflictStands"))
                .isEqualTo("Du har erklæret dig inhabil i denne indstilling. Kun NGC kan ophæve erklæringen.");
        MyNomination mine = assessment.myProgress(round).nominations().getFirst();
        assertThat(mine.recused()).isTrue();
        assertThat(mine.conflictStanding()).isTrue();
        assertThat(mine.rating()).isNull();
        // Rewording the conflict is still a conflict, and allowed.
        assessment.assess(id, true, "Min søster er medindstiller", null, null, null);
        refused(() -> assessment.assess(id, false, null, Rating.A, null, null), "assessment.error.conflictStands");

        actAs("mette");
        assessment.assess(id, false, null, Rating.B, null, null);

        actAs("nina");
        assessment.close(round);
        NominationResult result = assessment.results(round).getFirst();
        assertThat(result.result().recused()).isEqualTo(1);
        assertThat(result.result().ratedA()).isZero();
        assertThat(result.result().ratedB()).isEqualTo(1);
        assertThat(result.result().outcome()).isEqualTo(Outcome.B);
        assertThat(result.votes()).filteredOn(vote -> vote.username().equals("william"))
                .singleElement().satisfies(vote -> {
                    assertThat(vote.isRecused()).isTrue();
                    assertThat(vote.rating()).isNull();
                });
    }

    @Test
    void onlyNgcLiftsAConflictWithAReasonAndTheHistoryShowsWhoWhenAndWhy() {
        NominationInfo nomination = nominationInAssessment("ACF2", "Arvelig muskelsygdom");
        long id = nomination.id();
        long round = nomination.roundId();

        actAs("william");
        Instant beforeDeclared = clock.instant();
        assessment.declare(id, true, "Trykkede forkert");
        Instant afterDeclared = clock.instant();
        // Nobody but NGC may lift it, not even the member.
        assertThatThrownBy(() -> assessment.liftConflict(id, "william", "Fejl")).isInstanceOf(AccessDeniedException.class);
        actAs("mette");
        assertThatThrownBy(() -> assessment.liftConflict(id, "william", "Fejl")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessment.conflictHistory(round)).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(1));
        actAs("nina");
        refused(() -> assessment.liftConflict(id, "william", "  "), "assessment.error.liftReasonRequired");
        refused(() -> assessment.liftConflict(id, "william", null), "assessment.error.liftReasonRequired");
        refused(() -> assessment.liftConflict(id, "william", "x".repeat(AssessmentService.LIFT_REASON_MAX_LENGTH + 1)),
                "assessment.error.liftReasonTooLong");
        refused(() -> assessment.liftConflict(id, "mette", "Fejl"), "assessment.error.noStandingConflict");
        Instant beforeLift = clock.instant();
        ConflictRecord lifted = assessment.liftConflict(id, "william", " William trykkede forkert, aftalt pr. telefon ");
        assertThat(lifted.standing()).isFalse();
        refused(() -> assessment.liftConflict(id, "william", "Igen"), "assessment.error.noStandingConflict");

        // After the lift William is still recused until he declares again; now he may be impartial, and his A counts.
        actAs("william");
        MyNomination mine = assessment.myProgress(round).nominations().getFirst();
        assertThat(mine.conflictStanding()).isFalse();
        assertThat(mine.recused()).isTrue();
        assertThat(assessment.assess(id, false, null, Rating.A, null, null).rating()).isEqualTo(Rating.A);
        // Declaring a conflict again makes it stand again.
        clock.advance(Duration.ofHours(1));
        assessment.declare(id, true, "Jeg kender alligevel indstilleren");
        refused(() -> assessment.declare(id, false, null), "assessment.error.conflictStands");
        assessment.declare(id, true, "Jeg kender alligevel indstilleren");

        actAs("nina");
        assertThat(assessment.conflictHistory(round)).singleElement().satisfies(history -> {
            assertThat(history.nominationId()).isEqualTo(id);
            assertThat(history.title()).isEqualTo("Arvelig muskelsygdom");
            assertThat(history.conflicts()).hasSize(2);
            ConflictRecord first = history.conflicts().getFirst();
            assertThat(first.memberUsername()).isEqualTo("william");
            assertThat(first.memberName()).isEqualTo("William Friis");
            assertThat(first.reason()).isEqualTo("Trykkede forkert");
            assertThat(first.declaredAt()).isBetween(beforeDeclared, afterDeclared);
            assertThat(first.liftedAt()).isAfterOrEqualTo(beforeLift);
            assertThat(first.liftedBy()).isEqualTo("nina");
            assertThat(first.liftedByName()).isEqualTo("Nina Holm");
            assertThat(first.liftReason()).isEqualTo("William trykkede forkert, aftalt pr. telefon");
            ConflictRecord second = history.conflicts().get(1);
            assertThat(second.standing()).isTrue();
            assertThat(second.reason()).isEqualTo("Jeg kender alligevel indstilleren");
            assertThat(second.declaredAt()).isAfter(first.liftedAt());
        });

        // Once the assessment is closed nothing can be lifted; the standing conflict keeps William recused.
        assessment.close(round);
        refused(() -> assessment.liftConflict(id, "william", "For sent"), "assessment.error.closed");
        assertThat(assessment.results(round).getFirst().result().ratedA()).isZero();
        assertThat(assessment.results(round).getFirst().result().recused()).isEqualTo(1);
    }
}

package dk.ngc.skema.decision;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.notification.Notifier;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.patientgroup.PatientGroupSummary;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.QualificationTestData;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.testsupport.HandledEvents;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 4 through the services: svend (steering group) registers positions on a released case presentation, nina
 * records the decisions with the meeting date, the selected group enters the catalogue with its trace, the nominators
 * are mailed, and the round is decided once every group is.
 */
class DecisionServiceTest extends ServiceTest {

    @Autowired
    DecisionService decision;
    @Autowired
    QualificationService qualification;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;
    @Autowired
    RoundService rounds;
    @Autowired
    PatientGroupService catalogue;
    @Autowired
    Notifier notifier;
    @Autowired
    HandledEvents handledEvents;

    @Test
    void theSteeringGroupTakesPositionsAndNgcRecordsTheDecisionsWhichEnterTheCatalogueAndDecideTheRound() {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "DS1");
        qualification.send(round.roundId(), null, Map.of());
        LocalDate meeting = LocalDate.of(2020, 12, 11);

        actAs("svend"); // nothing to take a position on before the release
        assertThatThrownBy(() -> decision.takePosition(round.roundId(), round.blood(), Stance.SUPPORT, null))
                .isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        assertThatThrownBy(() -> decision.record(round.blood(), true, 1, meeting, null, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("decision.error.notReleased"));
        qualification.release(round.roundId());
        assertThatThrownBy(() -> decision.takePosition(round.roundId(), round.blood(), Stance.SUPPORT, null))
                .as("NGC records, it takes no position").isInstanceOf(AccessDeniedException.class);

        actAs("svend");
        decision.takePosition(round.roundId(), round.heartAndHearing(), Stance.SUPPORT, "Bred effekt for børn.");
        decision.takePosition(round.roundId(), round.blood(), Stance.AGAINST, "Få patienter.");
        decision.takePosition(round.roundId(), round.blood(), Stance.ABSTAIN, "Afventer mødet."); // changed: one position kept
        assertThat(decision.positions(round.roundId())).extracting(PositionInfo::groupId, PositionInfo::stance, PositionInfo::comment)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(round.heartAndHearing(), Stance.SUPPORT, "Bred effekt for børn."),
                        org.assertj.core.groups.Tuple.tuple(round.blood(), Stance.ABSTAIN, "Afventer mødet."));
        assertThatThrownBy(() -> decision.record(round.blood(), true, 1, meeting, null, null)).isInstanceOf(AccessDeniedException.class);

        actAs("rasmus"); // a region sees nothing here
        assertThatThrownBy(() -> decision.positions(round.roundId())).isInstanceOf(AccessDeniedException.class);

        actAs("nina");
        assertThat(decision.positions(round.roundId())).hasSize(2);
        assertThatThrownBy(() -> decision.record(round.heartAndHearing(), true, null, meeting, null, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("decision.error.rank"));
        Recorded heart = decision.record(round.heartAndHearing(), true, 1, meeting, "Tidlig diagnose sparer udredning.", "Mange børn.");
        assertThat(heart.decision().catalogueCode()).startsWith(rounds.round(round.roundId()).code() + "-");
        assertThat(catalogue.selectedGroups()).filteredOn(group -> group.code().equals(heart.decision().catalogueCode()))
                .singleElement().satisfies(group -> {
                    assertThat(group.nameDa()).isEqualTo("Hjerte og hørelse DS1");
                    assertThat(group.selectedOn()).isEqualTo(meeting);
                    assertThat(group.origin()).isEqualTo(dk.ngc.skema.patientgroup.PatientGroupOrigin.ROUND);
                });
        assertThat(rounds.round(round.roundId()).state()).as("one group left").isEqualTo(RoundState.IN_DECISION);
        assertThatThrownBy(() -> decision.record(round.heartAndHearing(), false, null, meeting, null, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("decision.error.decided"));

        Recorded blood = decision.record(round.blood(), false, null, meeting, null, "Smal effekt.");
        assertThat(blood.decision().catalogueCode()).isNull();
        assertThat(blood.exceedsBudgetBy()).isNull();
        assertThat(rounds.round(round.roundId()).state()).as("every group decided").isEqualTo(RoundState.DECIDED);

        GroupTrace trace = decision.trace(round.heartAndHearing());
        assertThat(trace.nominations()).extracting(n -> n.title()).containsExactly("Arvelige hjertesygdomme hos børn DS1", "Medfødt hørenedsættelse DS1");
        assertThat(trace.nominations()).allSatisfy(n -> assertThat(n.result()).contains("A"));
        assertThat(trace.decision()).isNotNull();
        assertThat(trace.decision().selected()).isTrue();
        assertThat(trace.decision().socioEconomic()).isEqualTo("Tidlig diagnose sparer udredning.");

        actAs("svend"); // decided: no more positions
        assertThatThrownBy(() -> decision.takePosition(round.roundId(), round.blood(), Stance.SUPPORT, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo("decision.error.decided"));

        handledEvents.await();
        actAs("nina");
        assertThat(notifier.outbox()).anySatisfy(message -> {
            assertThat(message.subject()).isEqualTo("Styregruppens beslutning om Hjerte og hørelse DS1: valgt");
            assertThat(message.body()).contains("Arvelige hjertesygdomme hos børn DS1", "11. december 2020");
        });
        assertThat(notifier.outbox()).anySatisfy(message ->
                assertThat(message.subject()).isEqualTo("Styregruppens beslutning om Blod DS1: ikke valgt"));
    }
}

package dk.ngc.skema.decision;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.WgsLedger;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.QualificationTestData;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The implementation plan through the services: NGC drafts it from the selected groups, edits it (a stale edit is
 * refused), submits it; the steering group approves it and the ledger follows its order and start years; a changed
 * plan is a new version, returned once with a comment, then approved, which supersedes the first; every version stays
 * readable with what changed. And who may call what, per role.
 */
class ImplementationPlanServiceTest extends ServiceTest {

    private static final LocalDate MEETING = LocalDate.of(2020, 12, 11);

    @Autowired
    ImplementationPlanService plans;
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

    private QualificationTestData.Round decided(String code) {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, code);
        qualification.send(round.roundId(), null, Map.of());
        qualification.release(round.roundId());
        decision.record(round.heartAndHearing(), true, 1, MEETING, null, null);
        decision.record(round.blood(), true, 2, MEETING, null, null);
        return round;
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<PlanItemDraft> edited(PlanInfo plan, long groupId, java.util.function.UnaryOperator<PlanItemDraft> change) {
        List<PlanItemDraft> lines = new ArrayList<>();
        plan.lines().forEach(line -> lines.add(line.groupId() == groupId ? change.apply(line.draft()) : line.draft()));
        return lines;
    }

    @Test
    void ngcDraftsTheSteeringGroupApprovesAndAChangedPlanIsANewVersionThatSupersedesTheOld() {
        var round = decided("IP1");
        long heart = round.heartAndHearing();
        long blood = round.blood();

        PlanInfo first = plans.draft(round.roundId());
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(PlanState.DRAFT);
        assertThat(first.earliest()).isEqualTo(new Quarter(2020, 4));
        assertThat(first.lines()).extracting(PlanItemInfo::groupId, PlanItemInfo::priority, PlanItemInfo::startQuarter, PlanItemInfo::networkChoice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(heart, 1, new Quarter(2021, 1), NetworkChoice.NEW),
                        org.assertj.core.groups.Tuple.tuple(blood, 2, new Quarter(2021, 1), NetworkChoice.NEW));
        assertThat(first.lines().getFirst().catalogueCode()).isNotNull();
        assertThat(first.lines().getFirst().perYear()).isEqualTo(new WgsRange(15, 30, 45)); // heart 10-20-30 + hearing 5-10-15
        assertThat(first.problems()).isEmpty();
        refused(() -> plans.draft(round.roundId()), "plan.error.openVersion");

        // An incomplete draft is kept, and says what stops it.
        PlanInfo incomplete = plans.save(first.id(), first.version(), edited(first, blood,
                line -> new PlanItemDraft(blood, 1, null, NetworkChoice.NEW, null, "Starter når netværket er klar")));
        assertThat(incomplete.problems()).extracting(PlanProblem::messageKey).containsExactly("plan.error.quarterMissing", "plan.error.priorities");
        refused(() -> plans.submit(first.id(), incomplete.version()), "plan.error.quarterMissing");
        refused(() -> plans.save(first.id(), first.version(), List.of()), "plan.error.stale"); // made on the old version
        assertThat(plans.overview(round.roundId()).versions().getFirst().lines()).extracting(PlanItemInfo::note).contains("Starter når netværket er klar");

        List<PlanItemDraft> complete = List.of(
                new PlanItemDraft(blood, 1, new Quarter(2021, 1), NetworkChoice.NEW, null, null),
                new PlanItemDraft(heart, 2, new Quarter(2021, 2), NetworkChoice.NEW, null, null));
        PlanInfo ready = plans.save(first.id(), incomplete.version(), complete);
        assertThat(ready.lines()).extracting(PlanItemInfo::groupId).containsExactly(blood, heart);

        actAs("svend"); // the steering group does not read NGC's draft
        assertThat(plans.overview(round.roundId()).versions()).isEmpty();
        refused(() -> plans.approve(first.id(), MEETING, null), "plan.error.notSubmitted");

        actAs("nina");
        plans.submit(first.id(), ready.version());
        refused(() -> plans.save(first.id(), ready.version() + 1, complete), "plan.error.notDraft");

        actAs("svend");
        PlanInfo submitted = plans.overview(round.roundId()).versions().getFirst();
        assertThat(submitted.mayApprove()).isTrue();
        assertThat(submitted.mayEdit()).isFalse();
        refused(() -> plans.approve(first.id(), null, null), "plan.error.meetingDate");
        PlanInfo approved = plans.approve(first.id(), LocalDate.of(2021, 1, 15), "Godkendt som foreslået.");
        assertThat(approved.state()).isEqualTo(PlanState.APPROVED);
        assertThat(approved.meetingDate()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(plans.overview(round.roundId()).inForce()).isEqualTo(1);

        // The ledger follows the approved plan: blood first from 2021, heart second from 2021.
        WgsLedger.Result ledger = consolidation.ledger(2021, 2, null);
        assertThat(ledger.rows()).filteredOn(row -> row.line().groupId() == blood).singleElement()
                .satisfies(row -> assertThat(row.line().startYear()).isEqualTo(2021));
        assertThat(ledger.rows().stream().filter(row -> row.line().groupId() == blood || row.line().groupId() == heart)
                .map(row -> row.line().groupId()).toList()).containsExactly(blood, heart);

        // A changed plan: version 2 is returned with a comment, version 3 starts from it and is approved.
        actAs("nina");
        PlanInfo second = plans.draft(round.roundId());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.comparedWith()).isEqualTo(1);
        assertThat(second.changes()).isEmpty();
        PlanInfo moved = plans.save(second.id(), second.version(), edited(second, heart,
                line -> new PlanItemDraft(heart, 2, new Quarter(2021, 3), NetworkChoice.NEW, null, null)));
        assertThat(moved.changes()).singleElement().satisfies(change -> {
            assertThat(change.groupId()).isEqualTo(heart);
            assertThat(change.fields()).containsExactly(PlanChange.Field.QUARTER);
        });
        plans.submit(second.id(), moved.version());
        actAs("svend");
        refused(() -> plans.returnToNgc(second.id(), null, " "), "plan.error.commentRequired");
        assertThat(plans.returnToNgc(second.id(), LocalDate.of(2021, 3, 1), "Hjertet kan starte i 2. kvartal.").state()).isEqualTo(PlanState.RETURNED);
        assertThat(plans.overview(round.roundId()).inForce()).as("the approved one stays in force").isEqualTo(1);

        actAs("nina");
        PlanInfo third = plans.draft(round.roundId());
        assertThat(third.lines()).filteredOn(line -> line.groupId() == heart).singleElement()
                .satisfies(line -> assertThat(line.startQuarter()).isEqualTo(new Quarter(2021, 3))); // from the returned version
        plans.submit(third.id(), third.version());
        actAs("svend");
        plans.approve(third.id(), LocalDate.of(2021, 4, 1), null);
        PlanOverview overview = plans.overview(round.roundId());
        assertThat(overview.inForce()).isEqualTo(3);
        assertThat(overview.versions()).extracting(PlanInfo::number, PlanInfo::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, PlanState.APPROVED),
                org.assertj.core.groups.Tuple.tuple(2, PlanState.RETURNED),
                org.assertj.core.groups.Tuple.tuple(1, PlanState.SUPERSEDED));
        assertThat(overview.versions().getFirst().changes()).extracting(PlanChange::groupId).containsExactly(heart);
        assertThat(consolidation.ledger(2021, 2, null).rows()).filteredOn(row -> row.line().groupId() == heart).singleElement()
                .satisfies(row -> assertThat(row.line().startYear()).isEqualTo(2021));
    }

    @Test
    void thePlanWarnsWhenItsGroupsWouldExceedWhatIsLeftOfTheBudget() {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "IP2");
        consolidation.adjustEstimate(round.blood(), new WgsRange(50_000, 70_000, 90_000), "Prøve på budgettet");
        qualification.send(round.roundId(), null, Map.of());
        qualification.release(round.roundId());
        decision.record(round.heartAndHearing(), true, 1, MEETING, null, null);
        decision.record(round.blood(), true, 2, MEETING, null, null);
        try {
            PlanInfo plan = plans.draft(round.roundId());
            assertThat(plan.exceedsBy()).as("70,000 a year from 2021 cannot fit in 60,000").isNotNull().isPositive();
        } finally {
            // Unranked, the group is below the ledger's cut line, so that other tests' plans do not carry its 70,000.
            consolidation.setLedgerPlace(round.blood(), null, null);
        }
    }

    @Test
    void ngcDraftsTheSteeringGroupDecidesAndNobodyElseSeesThePlan() {
        var round = decided("IP3");
        PlanInfo draft = plans.draft(round.roundId());

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("rounds", () -> plans.rounds());
        calls.put("overview", () -> plans.overview(round.roundId()));
        calls.put("networks", () -> plans.networks());
        calls.put("draft", () -> plans.draft(-1));
        calls.put("save", () -> plans.save(draft.id(), -1, List.of()));
        calls.put("submit", () -> plans.submit(draft.id(), -1));
        calls.put("approve", () -> plans.approve(draft.id(), MEETING, null));
        calls.put("returnToNgc", () -> plans.returnToNgc(draft.id(), MEETING, "Nej"));

        Set<String> readers = RoleTable.roles(Role.NGC, Role.STEERING_GROUP);
        Set<String> ngc = RoleTable.roles(Role.NGC);
        Set<String> steering = RoleTable.roles(Role.STEERING_GROUP);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("rounds", readers);
        expected.put("overview", readers);
        expected.put("networks", ngc);
        expected.put("draft", ngc);
        expected.put("save", ngc);
        expected.put("submit", ngc);
        expected.put("approve", steering);
        expected.put("returnToNgc", steering);
        assertThat(new RoleTable(events, clock).admitted(calls)).isEqualTo(expected);

        actAs("rasmus");
        assertThatThrownBy(() -> plans.overview(round.roundId())).isInstanceOf(AccessDeniedException.class);
    }
}

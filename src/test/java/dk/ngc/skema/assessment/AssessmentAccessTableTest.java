package dk.ngc.skema.assessment;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.REGION;
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.security.Role.WORKING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may call each of the assessment's services, per realm role, on a round whose results are released. */
class AssessmentAccessTableTest extends ServiceTest {

    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        long round = AssessmentTestData.openRound(testRounds, "ATAB");
        actAs("rasmus");
        NominationInfo nomination = AssessmentTestData.submit(nominations, forms, round, "Arvelig nyresygdom", "region-hovedstaden");
        actAs("nina");
        testRounds.closeForNominations(round);
        assessment.start(round);
        assessment.setWorkingGroupSize(round, 1);
        actAs("william");
        assessment.assess(nomination.id(), false, null, Rating.A, null, null);
        actAs("nina");
        assessment.close(round);
        assessment.release(round);
        long id = nomination.id();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("roundsInAssessment", () -> assessment.roundsInAssessment());
        calls.put("allRounds", () -> assessment.allRounds());
        calls.put("assessment", () -> assessment.assessment(round));
        calls.put("start", () -> assessment.start(round));
        calls.put("setWorkingGroupSize", () -> assessment.setWorkingGroupSize(round, 0));
        calls.put("myProgress", () -> assessment.myProgress(round));
        calls.put("declare", () -> assessment.declare(id, false, null));
        calls.put("rate", () -> assessment.rate(id, Rating.B, null, null));
        calls.put("assess", () -> assessment.assess(id, false, null, Rating.B, null, null));
        calls.put("liftConflict", () -> assessment.liftConflict(id, "william", "Erklæret ved en fejl"));
        calls.put("conflictHistory", () -> assessment.conflictHistory(round));
        calls.put("notFinished", () -> assessment.notFinished(round));
        calls.put("close", () -> assessment.close(round));
        calls.put("results", () -> assessment.results(round));
        calls.put("resultsCsv", () -> assessment.resultsCsv(round));
        calls.put("resultsXlsx", () -> assessment.resultsXlsx(round));
        calls.put("release", () -> assessment.release(round));
        calls.put("myOutcomes", () -> assessment.myOutcomes());

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("roundsInAssessment", roles(WORKING_GROUP, NGC));
        expected.put("allRounds", roles(NGC));
        expected.put("assessment", roles(WORKING_GROUP, NGC, STEERING_GROUP));
        expected.put("start", roles(NGC));
        expected.put("setWorkingGroupSize", roles(NGC));
        expected.put("myProgress", roles(WORKING_GROUP));
        expected.put("declare", roles(WORKING_GROUP));
        expected.put("rate", roles(WORKING_GROUP));
        expected.put("assess", roles(WORKING_GROUP));
        expected.put("liftConflict", roles(NGC));
        expected.put("conflictHistory", roles(NGC));
        expected.put("notFinished", roles(NGC));
        expected.put("close", roles(NGC));
        // The steering group decides on the released results: it reads them as the working group does.
        expected.put("results", roles(NGC, WORKING_GROUP, STEERING_GROUP));
        expected.put("resultsCsv", roles(NGC));
        expected.put("resultsXlsx", roles(NGC));
        expected.put("release", roles(NGC));
        expected.put("myOutcomes", roles(REGION, LVS));

        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
        // Nothing a refused caller did changed the result.
        actAs("nina");
        assertThat(assessment.results(round)).singleElement().satisfies(result -> assertThat(result.result().outcome()).isEqualTo(Outcome.A));
    }
}

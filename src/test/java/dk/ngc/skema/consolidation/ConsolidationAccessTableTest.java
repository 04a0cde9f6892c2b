package dk.ngc.skema.consolidation;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationTestData.Filed;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the consolidation's services, per realm role: NGC works on the consolidation; the steering
 * group reads the ledger but not NGC's draft workspace; nobody else sees either.
 */
class ConsolidationAccessTableTest extends ServiceTest {

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

    @Test
    void ngcWorksOnTheConsolidationAndTheSteeringGroupReadsOnlyTheLedger() {
        List<NominationInfo> filed = ConsolidationTestData.assessedRound(this::actAs, testRounds, nominations, forms, assessment, "KTAB",
                List.of(Filed.a("Arvelig høretab", 10, 20, 30, "dsmg"), Filed.a("Arvelig blindhed", 10, 20, 30, "dsmg")));
        long round = filed.getFirst().roundId();
        long one = filed.get(0).id(), two = filed.get(1).id();
        long group = consolidation.createGroup(round, "Sanser", null);
        consolidation.place(one, group);

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("rounds", () -> consolidation.rounds());
        calls.put("workspace", () -> consolidation.workspace(round));
        calls.put("group", () -> consolidation.group(group));
        calls.put("suggestions", () -> consolidation.suggestions(round));
        calls.put("history", () -> consolidation.history(round));
        calls.put("createGroup", () -> consolidation.createGroup(round, "", null));
        calls.put("describeGroup", () -> consolidation.describeGroup(group, "Sanser", "Hørelse og syn"));
        calls.put("deleteGroup", () -> consolidation.deleteGroup(group));
        calls.put("place", () -> consolidation.place(one, group));
        calls.put("markExpansion", () -> consolidation.markExpansion(two, round, "no-such-code"));
        calls.put("remove", () -> consolidation.remove(two));
        calls.put("adjustEstimate", () -> consolidation.adjustEstimate(group, new WgsRange(1, 2, 3), ""));
        calls.put("resetEstimate", () -> consolidation.resetEstimate(group));
        calls.put("ledger", () -> consolidation.ledger(2030, 2, null));
        calls.put("setLedgerPlace", () -> consolidation.setLedgerPlace(group, 0, null));

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String workspaceCall : List.of("rounds", "workspace", "group", "suggestions", "history", "createGroup", "describeGroup",
                "deleteGroup", "place", "markExpansion", "remove", "adjustEstimate", "resetEstimate")) {
            expected.put(workspaceCall, roles(NGC));
        }
        expected.put("ledger", roles(NGC, STEERING_GROUP));
        expected.put("setLedgerPlace", roles(NGC));

        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
        // Nothing a refused caller tried changed the consolidation.
        actAs("nina");
        Workspace workspace = consolidation.workspace(round);
        assertThat(workspace.groups()).singleElement().satisfies(g -> {
            assertThat(g.nominations()).extracting(ANomination::nominationId).containsExactly(one);
            assertThat(g.description()).isEqualTo("Hørelse og syn");
        });
    }
}

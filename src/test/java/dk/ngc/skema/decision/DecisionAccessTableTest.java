package dk.ngc.skema.decision;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the decision's services, per realm role: NGC records and traces; the steering group reads the
 * released case material, the positions and the decisions and takes positions; regions, societies and the rest see
 * nothing here (they learn their nominations' outcome by mail).
 */
class DecisionAccessTableTest extends ServiceTest {

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

    @Test
    void ngcRecordsTheSteeringGroupTakesPositionsAndNobodyElseSeesTheDecision() {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "DTAB");
        qualification.send(round.roundId(), null, Map.of());
        qualification.release(round.roundId());
        long group = round.blood();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("rounds", () -> decision.rounds());
        calls.put("casePresentation", () -> decision.casePresentation(round.roundId()));
        calls.put("positions", () -> decision.positions(round.roundId()));
        calls.put("decisions", () -> decision.decisions(round.roundId()));
        calls.put("takePosition", () -> decision.takePosition(round.roundId(), -1, Stance.SUPPORT, null));
        calls.put("record", () -> decision.record(group, true, null, LocalDate.of(2020, 12, 11), null, null));
        calls.put("trace", () -> decision.trace(group));

        Set<String> readers = RoleTable.roles(Role.NGC, Role.STEERING_GROUP);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("rounds", readers);
        expected.put("casePresentation", readers);
        expected.put("positions", readers);
        expected.put("decisions", readers);
        expected.put("takePosition", RoleTable.roles(Role.STEERING_GROUP));
        expected.put("record", RoleTable.roles(Role.NGC));
        expected.put("trace", RoleTable.roles(Role.NGC));
        assertThat(new RoleTable(events, clock).admitted(calls)).isEqualTo(expected);
    }
}

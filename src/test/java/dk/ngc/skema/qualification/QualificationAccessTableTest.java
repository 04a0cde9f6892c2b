package dk.ngc.skema.qualification;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.forms.FormService;
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
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the qualification's services, per realm role (the table's lvs person is of Dansk Cardiologisk
 * Selskab, asked about one group): NGC runs it; a society reads its groups' qualification; the steering group sees no
 * draft, and reads the case presentation only once NGC has released it; nobody else sees anything.
 */
class QualificationAccessTableTest extends ServiceTest {

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
    void ngcRunsTheQualificationSocietiesReadTheirGroupsAndTheSteeringGroupReadsOnlyTheReleasedCasePresentation() {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "QTAB");
        qualification.send(round.roundId(), null, Map.of());
        long roundId = round.roundId();
        long group = round.heartAndHearing();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("rounds", () -> qualification.rounds());
        calls.put("qualification", () -> qualification.qualification(roundId));
        calls.put("myQualifications", () -> qualification.myQualifications());
        calls.put("send", () -> qualification.send(roundId, null, Map.of()));
        calls.put("takeIn", () -> qualification.takeIn(group, null, null, ""));
        calls.put("saveCaseNotes", () -> qualification.saveCaseNotes(group, "x".repeat(QualificationService.NOTE_MAX + 1), null));
        calls.put("casePresentation", () -> qualification.casePresentation(roundId));
        calls.put("caseRounds", () -> qualification.caseRounds());

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("rounds", roles(NGC));
        expected.put("qualification", roles(NGC, LVS));
        expected.put("myQualifications", roles(NGC, LVS));
        expected.put("send", roles(NGC));
        expected.put("takeIn", roles(NGC));
        expected.put("saveCaseNotes", roles(NGC));
        expected.put("casePresentation", roles(NGC)); // not released: NGC's draft only
        expected.put("caseRounds", roles(NGC, STEERING_GROUP));
        RoleTable table = new RoleTable(events, clock);
        assertThat(table.admitted(calls)).containsExactlyEntriesOf(expected);

        actAs("nina");
        qualification.release(roundId);
        Map<String, RoleTable.Call> afterRelease = new LinkedHashMap<>();
        afterRelease.put("casePresentation", () -> qualification.casePresentation(roundId));
        afterRelease.put("release", () -> qualification.release(roundId));
        assertThat(table.admitted(afterRelease)).isEqualTo(Map.of(
                "casePresentation", roles(NGC, STEERING_GROUP), "release", roles(NGC)));

        // Nothing a refused caller tried changed the qualification.
        actAs("nina");
        assertThat(qualification.qualification(roundId).orElseThrow().groups().getFirst().takenIn()).isNull();
        assertThat(qualification.casePresentation(roundId).groups().getFirst().socioEconomic()).isNull();
    }
}

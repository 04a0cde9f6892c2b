package dk.ngc.skema.assessment;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may download the working group's assessment material, per realm role: NGC, who hands it on. */
class AssessmentMaterialAccessTableTest extends ServiceTest {

    @Autowired
    AssessmentMaterialService material;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    @Test
    void onlyNgcGetsTheMaterial() {
        long round = AssessmentTestData.openRound(testRounds, "MTAB");
        actAs("rasmus");
        AssessmentTestData.submit(nominations, forms, round, "Arvelig muskelsygdom", "region-hovedstaden");

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("combinedPdf", () -> material.combinedPdf(round, Locale.of("da")));
        calls.put("nominationsCsv", () -> material.nominationsCsv(round));
        calls.put("nominationsXlsx", () -> material.nominationsXlsx(round));

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("combinedPdf", roles(NGC));
        expected.put("nominationsCsv", roles(NGC));
        expected.put("nominationsXlsx", roles(NGC));
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }
}

package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.REGION;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and send the acknowledgements of what was received, per realm role. The role-table's region
 * person works in Region Hovedstaden and its LVS person in Dansk Cardiologisk Selskab, both parties to the
 * nomination: each may download their own organisation's list and not the other's.
 */
class AcknowledgementAccessTableTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    @Test
    void eachOrganisationGetsItsOwnListAndNgcAll() {
        long round = NominationTestData.openRound(testRounds, "KTAB", "Kvitteringstabel");
        // Sending on a round without nominations reaches nobody: the call is harmless.
        long empty = NominationTestData.openRound(testRounds, "KTOM", "Kvitteringstabel uden indstillinger");
        actAs("rasmus");
        NominationTestData.file(nominations, forms, round, "Arvelig hudsygdom", List.of("region-hovedstaden", "dcs"), true);

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("overview", () -> acknowledgements.overview(round, DA));
        calls.put("reportOfTheRegion", () -> acknowledgements.report(round, "region-hovedstaden", DA));
        calls.put("reportOfTheSociety", () -> acknowledgements.report(round, "dcs", DA));
        calls.put("pdfOfTheRegion", () -> acknowledgements.pdf(round, "region-hovedstaden", DA));
        calls.put("csvOfTheSociety", () -> acknowledgements.csv(round, "dcs"));
        calls.put("mine", () -> acknowledgements.mine(DA));
        calls.put("sendAll", () -> acknowledgements.sendAll(empty));

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("overview", roles(NGC));
        expected.put("reportOfTheRegion", roles(NGC, REGION));
        expected.put("reportOfTheSociety", roles(NGC, LVS));
        expected.put("pdfOfTheRegion", roles(NGC, REGION));
        expected.put("csvOfTheSociety", roles(NGC, LVS));
        expected.put("mine", roles(REGION, LVS));
        expected.put("sendAll", roles(NGC));
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }
}

package dk.ngc.skema.network;

import dk.ngc.skema.forms.definition.PatientFacts;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NETWORK_MEMBER;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.PATIENTS;
import static dk.ngc.skema.security.Role.REGION;
import static dk.ngc.skema.security.Role.RKKP;
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.security.Role.WORKING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the networks' and the directory's services, per realm role (the table's region person is of
 * Region Hovedstaden, the lvs person of Dansk Cardiologisk Selskab): NGC manages; each appointing organisation fills
 * its own seat; everyone with a role reads the networks and the directory and uses the checker.
 */
class NetworkAccessTableTest extends ServiceTest {

    @Autowired
    NetworkService networks;
    @Autowired
    DirectoryService directory;
    @Autowired
    DelimitationService delimitations;
    @Autowired
    dk.ngc.skema.forms.FormService forms;

    @Test
    void ngcManagesEachOrganisationFillsItsOwnSeatAndEveryRoleReads() {
        actAs("nina");
        NetworkInfo network = networks.create("R1-10", "Neurogenetik", null, null, List.of("dns"));
        long id = network.id();
        SeatInfo hovedstaden = NetworkServiceTest.seat(network, SeatKind.REGION, "region-hovedstaden");
        SeatInfo sjaelland = NetworkServiceTest.seat(network, SeatKind.REGION, "region-sjaelland");
        SeatInfo lvs = network.seats().stream().filter(s -> s.kind() == SeatKind.LVS).findFirst().orElseThrow();
        SeatInfo rkkp = NetworkServiceTest.seat(network, SeatKind.RKKP, "rkkp");
        SeatInfo patients = NetworkServiceTest.seat(network, SeatKind.PATIENTS, "danske-patienter");
        SeatInfo chair = NetworkServiceTest.seat(network, SeatKind.CHAIR, "ngc");
        String code = directory.approve(DirectoryTestData.heartDraft("R1-10")).code();
        // An invalid address: whoever gets past the access check is refused by the rule, and nothing is appointed.
        MemberChoice refused = MemberChoice.invite("Test", "ingen-adresse");
        long draftResponse = forms.startManagedResponse(DelimitationService.FORM_KEY, dk.ngc.skema.forms.definition.Answers.empty()).id();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("networks", () -> networks.networks());
        calls.put("network", () -> networks.network(id));
        calls.put("create", () -> networks.create("R1-10", "x", null, null, List.of()));
        calls.put("extend", () -> networks.extend(id, "R1-10"));
        calls.put("addExtraSeat", () -> networks.addExtraSeat(id, "dsmg", " "));
        calls.put("chooseViceChair", () -> networks.chooseViceChair(hovedstaden.id()));
        calls.put("overlaps", () -> networks.overlaps("R1-10", null, Set.of()));
        calls.put("appoint hovedstaden", () -> networks.appoint(hovedstaden.id(), refused, null, null));
        calls.put("appoint sjaelland", () -> networks.appoint(sjaelland.id(), refused, null, null));
        calls.put("appoint lvs", () -> networks.appoint(lvs.id(), refused, null, null));
        calls.put("appoint rkkp", () -> networks.appoint(rkkp.id(), refused, null, null));
        calls.put("appoint patients", () -> networks.appoint(patients.id(), refused, null, null));
        calls.put("appoint chair", () -> networks.appoint(chair.id(), refused, null, null));
        calls.put("candidates hovedstaden", () -> networks.candidates(hovedstaden.id()));
        calls.put("indications", () -> directory.indications());
        calls.put("approve", () -> directory.approve(new IndicationDraft("R1-10", null, " ", null, null, DirectoryTestData.heartCriteria(),
                List.of(), dk.ngc.skema.consolidation.WgsRange.ZERO, java.time.LocalDate.of(2022, 1, 1), null)));
        calls.put("release", () -> directory.release(" ", null));
        calls.put("csv", () -> directory.csv(Locale.of("da")));
        calls.put("check", () -> directory.check(code, PatientFacts.none()));
        calls.put("delimitations", () -> delimitations.delimitations(id));
        calls.put("startDelimitation", () -> delimitations.start(id)); // NGC starts one; nobody else is a member
        calls.put("adopt", () -> delimitations.adopt(id, draftResponse, null)); // a draft: refused by the rule
        calls.put("sendToHearing", () -> delimitations.sendToHearing(999_999));
        calls.put("decide", () -> delimitations.decide(999_999, true, null));

        Set<String> everyRole = roles(REGION, LVS, PATIENTS, RKKP, NGC, WORKING_GROUP, STEERING_GROUP, NETWORK_MEMBER);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("networks", everyRole);
        expected.put("network", everyRole);
        expected.put("create", roles(NGC));
        expected.put("extend", roles(NGC));
        expected.put("addExtraSeat", roles(NGC));
        expected.put("chooseViceChair", roles(NGC));
        expected.put("overlaps", roles(NGC));
        expected.put("appoint hovedstaden", roles(NGC, REGION));
        expected.put("appoint sjaelland", roles(NGC));
        expected.put("appoint lvs", roles(NGC, LVS));
        expected.put("appoint rkkp", roles(NGC, RKKP));
        expected.put("appoint patients", roles(NGC, PATIENTS));
        expected.put("appoint chair", roles(NGC));
        expected.put("candidates hovedstaden", roles(NGC, REGION));
        expected.put("indications", everyRole);
        expected.put("approve", roles(NGC));
        expected.put("release", roles(NGC));
        expected.put("csv", everyRole);
        expected.put("check", everyRole);
        expected.put("delimitations", everyRole);
        expected.put("startDelimitation", roles(NGC));
        expected.put("adopt", roles(NGC));
        expected.put("sendToHearing", roles(NGC));
        expected.put("decide", roles(STEERING_GROUP));
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);

        // Nothing a caller tried was appointed.
        actAs("nina");
        assertThat(networks.network(id).count().filled()).isZero();
    }
}

package dk.ngc.skema.nomination;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.ngc.skema.security.Role.LVS;
import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.security.Role.REGION;
import static dk.ngc.skema.security.Role.STEERING_GROUP;
import static dk.ngc.skema.security.Role.WORKING_GROUP;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each nomination service, per realm role. The role-table's region person works in Region
 * Hovedstaden and its LVS person in Dansk Cardiologisk Selskab: a party to the submitted nomination, not to
 * the draft. Calls that change something are made so that a business rule refuses them, or last.
 */
class NominationAccessTableTest extends ServiceTest {

    private static final Locale DA = Locale.of("da");

    @Autowired
    NominationService nominations;
    @Autowired
    NominationInboxService inbox;
    @Autowired
    NominationCoauthorService coauthors;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;

    @Test
    void everyRoleGetsExactlyWhatTheProcessGivesIt() {
        long round = NominationTestData.openRound(testRounds, "NTAB", "Adgangstabel");
        actAs("rasmus");
        long submitted = NominationTestData.file(nominations, forms, round, "Arvelig hjertesygdom", List.of("region-hovedstaden", "dcs"), true).id();
        long draft = NominationTestData.file(nominations, forms, round, "Kladde om nyresygdom", List.of("region-hovedstaden"), false).id();
        long coauthor = coauthors.inviteCoauthor(draft, "medforfatter@skema.example").id();

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("submittedNominations", () -> nominations.submittedNominations(round, DA));
        calls.put("nominatingOrganisations", () -> nominations.nominatingOrganisations());
        calls.put("myNominations", () -> nominations.myNominations(DA));
        calls.put("nomination", () -> nominations.nomination(submitted, DA));
        calls.put("awaitingMyConfirmation", () -> nominations.awaitingMyConfirmation(DA));
        calls.put("grantExtension", () -> nominations.grantExtension(draft, Instant.EPOCH)); // in the past: refused by the rule
        calls.put("isNominator", () -> nominations.isNominator(submitted));
        calls.put("inbox", () -> inbox.inbox(new InboxFilter(null, round, null, null), 0, 10, DA));
        calls.put("inboxCount", () -> inbox.inboxCount(new InboxFilter(null, round, null, null)));
        calls.put("partyOrganisations", () -> inbox.partyOrganisations());
        calls.put("similarNominations", () -> inbox.similarNominations(submitted, 3, DA));
        calls.put("relatableNominations", () -> inbox.relatableNominations(submitted, DA));
        calls.put("coordinationNotes", () -> inbox.coordinationNotes(submitted));
        calls.put("merge", () -> inbox.merge(submitted, submitted, "")); // with itself: refused by the rule
        calls.put("relations", () -> inbox.relations(submitted));
        calls.put("inviteCoauthor", () -> coauthors.inviteCoauthor(draft, "ikke en adresse"));
        calls.put("removeCoauthor", () -> coauthors.removeCoauthor(coauthor));
        calls.put("start", () -> nominations.start(round, List.of("region-hovedstaden")));
        calls.put("withdraw", () -> nominations.withdraw(draft));

        Set<String> everyone = new TreeSet<>(roles(Role.values()));
        everyone.add(RoleTable.NONE);
        Set<String> ngc = roles(NGC);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("submittedNominations", roles(NGC, WORKING_GROUP, STEERING_GROUP));
        expected.put("nominatingOrganisations", roles(REGION, LVS));
        expected.put("myNominations", roles(REGION, LVS, NGC)); // NGC's "Indstillinger" page lists every nomination
        // Its readers: NGC, the working group and steering group (submitted), and staff of its party organisations.
        expected.put("nomination", roles(NGC, WORKING_GROUP, STEERING_GROUP, REGION, LVS));
        expected.put("awaitingMyConfirmation", roles(REGION, LVS));
        expected.put("grantExtension", ngc);
        expected.put("isNominator", everyone);
        expected.put("inbox", ngc);
        expected.put("inboxCount", ngc);
        expected.put("partyOrganisations", ngc);
        expected.put("similarNominations", ngc);
        expected.put("relatableNominations", ngc);
        expected.put("coordinationNotes", ngc);
        expected.put("merge", ngc);
        expected.put("relations", roles(NGC, WORKING_GROUP, STEERING_GROUP, REGION, LVS));
        // The draft is Region Hovedstaden's only: the society's person is no nominator of it.
        expected.put("inviteCoauthor", roles(REGION));
        expected.put("removeCoauthor", roles(REGION));
        expected.put("start", roles(REGION, LVS));
        expected.put("withdraw", roles(REGION));

        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
        actAs("rasmus");
        assertThat(nominations.nomination(submitted, DA).state()).isEqualTo(NominationState.SUBMITTED);
    }
}

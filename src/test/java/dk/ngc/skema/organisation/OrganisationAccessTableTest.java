package dk.ngc.skema.organisation;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each of the organisation service's queries, per realm role. The catalogue of organisations is
 * everyone's; the list of persons is NGC's. The person look-ups for other features' services check nobody: their
 * callers authorise (see their javadoc), so the table shows them open, and every caller must keep it that way.
 */
class OrganisationAccessTableTest extends ServiceTest {

    @Autowired
    OrganisationService organisations;

    @Test
    void theCatalogueIsEveryonesAndThePersonsNgcs() {
        actAs("rasmus"); // a known person for the look-ups to find

        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("allOrganisations", () -> organisations.allOrganisations());
        calls.put("organisations", () -> organisations.organisations(List.of("region-hovedstaden")));
        calls.put("namesOf", () -> organisations.namesOf(List.of("region-hovedstaden"), Locale.of("da")));
        calls.put("namesByCode", () -> organisations.namesByCode(Locale.of("da")));
        calls.put("allPersons", () -> organisations.allPersons());
        calls.put("personsByUsernames", () -> organisations.personsByUsernames(List.of("rasmus")));
        calls.put("personsWithRole", () -> organisations.personsWithRole(Role.REGION));
        calls.put("personByEmail", () -> organisations.personByEmail("rasmus@skema.example"));

        Set<String> everyone = new TreeSet<>(roles(Role.values()));
        everyone.add(RoleTable.NONE);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("allOrganisations", everyone);
        expected.put("organisations", everyone);
        expected.put("namesOf", everyone);
        expected.put("namesByCode", everyone);
        expected.put("allPersons", roles(NGC));
        expected.put("personsByUsernames", everyone);
        expected.put("personsWithRole", everyone);
        expected.put("personByEmail", everyone);
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }
}

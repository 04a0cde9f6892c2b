package dk.ngc.skema.patientgroup;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may look up the selected patient groups, per realm role: anyone logged in (nominations can expand them). */
class PatientGroupAccessTableTest extends ServiceTest {

    @Autowired
    PatientGroupService groups;

    @Test
    void everyoneLoggedInMayLookUpTheSelectedGroups() {
        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("selectedGroups", () -> groups.selectedGroups());
        calls.put("options", () -> groups.options());

        Set<String> everyone = new TreeSet<>(roles(Role.values()));
        everyone.add(RoleTable.NONE);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("selectedGroups", everyone);
        expected.put("options", everyone); // the form engine's option source, for every form that shows the list
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }
}

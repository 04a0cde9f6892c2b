package dk.ngc.skema.notification;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.testsupport.RoleTable;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dk.ngc.skema.security.Role.NGC;
import static dk.ngc.skema.testsupport.RoleTable.roles;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the outbox, per realm role: NGC only, for it holds every message to everyone. */
class NotifierAccessTableTest extends ServiceTest {

    @Autowired
    Notifier notifier;

    @Test
    void onlyNgcReadsTheOutbox() {
        Map<String, RoleTable.Call> calls = new LinkedHashMap<>();
        calls.put("outbox", () -> notifier.outbox());
        calls.put("hasMailServer", () -> notifier.hasMailServer());

        Set<String> everyone = new TreeSet<>(roles(Role.values()));
        everyone.add(RoleTable.NONE);
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put("outbox", roles(NGC));
        expected.put("hasMailServer", everyone); // whether the outbox page says messages stay unsent; no data
        assertThat(new RoleTable(events, clock).admitted(calls)).containsExactlyEntriesOf(expected);
    }
}

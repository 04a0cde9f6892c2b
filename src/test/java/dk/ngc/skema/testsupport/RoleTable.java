package dk.ngc.skema.testsupport;

import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.security.dev.DevUserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table of who may call what: each service call is made once as a person holding exactly one realm role
 * (and an organisation that role comes with) and once as a person with none, and the table records who got
 * past the service's access check. A refusal by a business rule ({@code Refusal}) counts as past the check:
 * the person was allowed to ask.
 */
public final class RoleTable {

    /** The row header for a person with no role. */
    public static final String NONE = "none";

    private static final Map<Role, String> ORGANISATION = Map.of(
            Role.REGION, "/regioner/region-hovedstaden", Role.LVS, "/lvs/dcs", Role.PATIENTS, "/danske-patienter",
            Role.RKKP, "/rkkp", Role.NGC, "/ngc", Role.WORKING_GROUP, "/regioner/region-syddanmark",
            Role.STEERING_GROUP, "/regioner/region-nordjylland", Role.NETWORK_MEMBER, "/lvs/dsmg");

    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RoleTable(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /** Who of the eight roles (and {@link #NONE}) got past the access check of each call, by the call's name. */
    public Map<String, Set<String>> admitted(Map<String, Call> calls) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        calls.forEach((name, call) -> {
            Set<String> admitted = new TreeSet<>();
            for (Role role : Role.values()) {
                if (passes(as(role), call)) {
                    admitted.add(role.key());
                }
            }
            if (passes(noRole(), call)) {
                admitted.add(NONE);
            }
            table.put(name, admitted);
        });
        return table;
    }

    /** The set of role keys, for writing the expected table. */
    public static Set<String> roles(Role... roles) {
        Set<String> keys = new TreeSet<>();
        for (Role role : roles) {
            keys.add(role.key());
        }
        return keys;
    }

    private boolean passes(SkemaUser user, Call call) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(DevUserDirectory.authenticationFor(user, clock));
        SecurityContextHolder.setContext(context);
        // No login event: the table's people must not become known members that other tests count.
        try {
            call.run();
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        } catch (dk.ngc.skema.base.Refusal refusedByARule) {
            return true;
        } catch (Exception other) {
            throw new IllegalStateException("Unexpected failure as " + user.username(), other);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static SkemaUser as(Role role) {
        String username = "table-" + role.key();
        return new SkemaUser(username, username, "Tabel " + role.key(), username + "@skema.example", EnumSet.of(role),
                List.of(ORGANISATION.get(role)));
    }

    private static SkemaUser noRole() {
        return new SkemaUser("table-none", "table-none", "Tabel uden rolle", "table-none@skema.example", Set.of(),
                List.of("/regioner/region-sjaelland"));
    }
}

package dk.ngc.skema.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work that no person does (seeding demo data at start, tests preparing a round) runs as Skema's own
 * system actor with the NGC role, through the same service checks as a person; the history records
 * {@value #USERNAME} as who. There is no login for it.
 */
@Component
public class SystemActor {

    public static final String USERNAME = "skema-system";

    private final Clock clock;

    SystemActor(Clock clock) {
        this.clock = clock;
    }

    public <T> T callAsNgc(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void runAsNgc(Runnable work) {
        callAsNgc(() -> {
            work.run();
            return null;
        });
    }

    private OAuth2AuthenticationToken authentication() {
        var user = new SkemaUser(USERNAME, USERNAME, "Skema", null, java.util.Set.of(Role.NGC), List.of());
        return SkemaAuthentication.of(user, clock, "system", Duration.ofMinutes(5));
    }
}

package dk.ngc.skema.demo;

import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.dev.DevUserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Demo work done as a demo user of realm-config/ (a region user files a nomination, a member rates it), with
 * the authentication a login of that user yields, so the services check it as they check the person. Read from
 * the realm export itself: the development login's directory exists only without Keycloak, the demo with both.
 * The first time a user acts, their login is announced as a real login announces it: they are then known to
 * Skema as a person, so the messages that go to known nominators (a merge, released results) reach them.
 */
class DemoUsers {

    private final DevUserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Set<String> loggedIn = ConcurrentHashMap.newKeySet();

    DemoUsers(Resource realmExport, Environment environment, Clock clock, ApplicationEventPublisher events) {
        this.directory = new DevUserDirectory(realmExport, environment, clock);
        this.events = events;
    }

    /** Work that changes something, as this user, who is announced as logged in the first time. */
    <T> T callAs(String username, Supplier<T> work) {
        if (loggedIn.add(username)) {
            events.publishEvent(new SkemaLoginEvent(directory.find(username).orElseThrow().user()));
        }
        return lookUpAs(username, work);
    }

    /** A look-up as this user (is the demo there?), without a login: a restart changes nothing. */
    <T> T lookUpAs(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(directory.authenticate(username));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void runAs(String username, Runnable work) {
        callAs(username, () -> {
            work.run();
            return null;
        });
    }
}

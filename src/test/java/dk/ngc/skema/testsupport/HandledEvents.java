package dk.ngc.skema.testsupport;

import org.awaitility.Awaitility;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Mails are written after commit, on another thread, by notification's event listeners. A test that reads the
 * outbox first waits until every event published so far has been handled: the event publication registry
 * then holds no incomplete publication. (Found by component scanning on the test class path only.)
 */
@Component
public class HandledEvents {

    private final EventPublicationRegistry registry;

    HandledEvents(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    /** Returns once every event published so far has been handled by its listeners (at most 30 s). */
    public void await() {
        Awaitility.await("every published event handled").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> registry.findIncompletePublications().isEmpty());
    }
}

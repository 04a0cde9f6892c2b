package dk.ngc.skema.testsupport;

import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.dev.DevUserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Service tests in the real Spring context and MariaDB, acting as the demo users of realm-config/. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ServiceTest {

    @Autowired
    protected DevUserDirectory demoUsers;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected TestClock clock;

    /** From now on, services see this demo user as logged in. */
    protected void actAs(String username) {
        var authentication = demoUsers.authenticate(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        events.publishEvent(new SkemaLoginEvent(demoUsers.find(username).orElseThrow().user()));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }
}

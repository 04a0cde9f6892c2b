package dk.ngc.skema.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dk.ngc.skema.base.ui.LanguagePreference;
import dk.ngc.skema.security.Role;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SkemaUser;
import dk.ngc.skema.security.dev.DevUserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Browserless UI tests of real views in a real Spring context with the embedded MariaDB. Logging
 * in puts the same OIDC-shaped authentication that a login yields into the security context and on
 * the fake request, where Vaadin's navigation access control reads it.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected DevUserDirectory demoUsers;
    @Autowired
    protected ApplicationEventPublisher events;

    protected static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("dk.ngc.skema");
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
        UI.getCurrent().setLocale(LanguagePreference.DANISH);
        VaadinSession.getCurrent().setLocale(LanguagePreference.DANISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A new UI and session, as a page loaded afresh has them (for timing a first render); nobody logged in. */
    protected void freshPage() {
        tearDownVaadin();
        setUpVaadin();
    }

    /** Logs in as a demo user of realm-config/skema-realm.json, as the login would. */
    protected SkemaUser login(String username) {
        SkemaUser user = demoUsers.find(username).orElseThrow().user();
        loginAs(user);
        return user;
    }

    /** Logs in as a made-up user holding exactly these roles (for the per-role tables). */
    protected SkemaUser loginWithRoles(Role... roles) {
        var user = new SkemaUser("test-" + List.of(roles), "test-sub", "Test Bruger", null, Set.of(roles),
                List.of("/regioner/region-hovedstaden"));
        loginAs(user);
        return user;
    }

    /** Logs in as this user (a demo user or one a test made up), as the login would. */
    protected void loginAs(SkemaUser user) {
        Authentication authentication = DevUserDirectory.authenticationFor(user, Clock.systemUTC());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        events.publishEvent(new SkemaLoginEvent(user));
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** All text the person would read on the current page (layout and view). */
    protected String pageText() {
        return UI.getCurrent().getChildren().map(component -> component.getElement().getTextRecursively())
                .reduce("", (a, b) -> a + "\n" + b);
    }
}

package dk.ngc.skema.security.dev;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * The default run's login: one click on a demo user of the realm export. Never active together with
 * the keycloak or prod profiles; the login view is registered here, not by a {@code @Route}
 * annotation, so a production build has no such page at all.
 */
@Configuration
@EnableWebSecurity
@Profile("!keycloak & !prod")
class DevSecurityConfiguration {

    static final String LOGIN_PATH = "login";

    DevSecurityConfiguration(Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The development login must never run with the prod profile");
        }
    }

    @Bean
    SecurityFilterChain devSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView("/" + LOGIN_PATH, "/" + LOGIN_PATH);
            // Unknown addresses reach Vaadin, which answers with Skema's own "not found" page instead of a blank 403.
            vaadin.anyRequest(url -> url.authenticated());
        }).build();
    }

    @Bean
    DevUserDirectory devUserDirectory(@Value("${skema.dev-login.realm-export:classpath:realm-config/skema-realm.json}") Resource realmExport,
                                      Environment environment, Clock clock) {
        return new DevUserDirectory(realmExport, environment, clock);
    }

    @Bean
    VaadinServiceInitListener devLoginRoute() {
        return event -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(LOGIN_PATH, DevLoginView.class);
    }
}

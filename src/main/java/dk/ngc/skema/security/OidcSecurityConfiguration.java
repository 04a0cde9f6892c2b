package dk.ngc.skema.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login through Keycloak with OpenID Connect (authorisation code flow). Realm roles become
 * authorities; logging out ends the Keycloak session too and returns to Skema's front page.
 */
@Configuration
@EnableWebSecurity
@Profile({"keycloak", "prod"})
class OidcSecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain oidcSecurityFilterChain(HttpSecurity http,
                                                OAuth2UserService<OidcUserRequest, OidcUser> skemaOidcUserService,
                                                ClientRegistrationRepository registrations) throws Exception {
        // A new login while Keycloak is down gets Skema's own "login service unreachable" page (503).
        http.addFilterBefore(new KeycloakReachability(registrations, REGISTRATION_ID), OAuth2AuthorizationRequestRedirectFilter.class);
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(skemaOidcUserService)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}/");
            // Unknown addresses reach Vaadin, which answers with Skema's own "not found" page instead of a blank 403.
            vaadin.anyRequest(url -> url.authenticated());
        }).build();
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> skemaOidcUserService(ApplicationEventPublisher events) {
        var delegate = new OidcUserService();
        return request -> {
            OidcUser oidcUser = delegate.loadUser(request);
            SkemaUser user = SkemaUser.fromClaims(oidcUser.getClaims());
            events.publishEvent(new SkemaLoginEvent(user));
            return new DefaultOidcUser(SkemaAuthorities.of(user), oidcUser.getIdToken(), oidcUser.getUserInfo(), "preferred_username");
        };
    }
}

package dk.ngc.skema.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The read-only API for the regions' requisition systems under {@code /api/}: no login page, no session, no
 * cookies; each request carries an OAuth2 bearer token that Keycloak issued to a system (client credentials) and
 * that holds the scope {@value ApiClient#DIRECTORY_SCOPE}. The token's signature and issuer are checked against
 * the realm's keys ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, fetched on the first call, so Skema
 * starts while Keycloak is still down). The OpenAPI description is public: it describes the API, holds no data.
 * Ordered before the login chains of the profiles, which take every other address.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Skema API", version = "v1",
        description = "Read-only access for the regions' requisition systems to the patient groups selected for clinical "
                + "whole-genome sequencing and their approved indications. Every call needs a bearer token from Skema's "
                + "Keycloak realm (client credentials) with the scope " + ApiClient.DIRECTORY_SCOPE + "."))
@SecurityScheme(name = "keycloak", type = SecuritySchemeType.OAUTH2, description = "A token of the realm 'skema' for a system client",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "${skema.keycloak.url}/realms/skema/protocol/openid-connect/token")))
class ApiSecurityConfiguration {

    static final String API = "/api/**";
    static final String OPENAPI = "/api/v1/openapi/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi", OPENAPI).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(ApiClient.DIRECTORY_AUTHORITY)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies, so no cross-site request to forge; the API only reads.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .build();
    }
}

package dk.ngc.skema.base.startup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Spring Security resolves the Keycloak issuer when it starts; when Keycloak is down it fails with
 * an exception several screens long. This says in one line which server and what to do.
 */
class KeycloakUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

    private final Environment environment;

    KeycloakUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
        if (cause.getMessage() == null || !cause.getMessage().contains("Issuer")) {
            return null;
        }
        String issuer = environment.getProperty("spring.security.oauth2.client.provider.keycloak.issuer-uri", "(not set)");
        return new FailureAnalysis(
                "Skema cannot reach Keycloak at " + issuer + ".",
                "Start Keycloak with the realm of realm-config/ imported (see README), or set KEYCLOAK_URL; "
                        + "without Keycloak, run without the keycloak profile to use the development login.",
                cause);
    }
}

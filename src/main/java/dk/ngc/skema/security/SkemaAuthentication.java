package dk.ngc.skema.security;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authentication Skema sees after an OIDC login of this user: an OIDC user with the claims the
 * realm's mappers give. Built here for logins that do not pass Keycloak (the development login, the
 * system actor), so that the rest of Skema cannot tell them apart.
 */
public final class SkemaAuthentication {

    private SkemaAuthentication() {
    }

    public static OAuth2AuthenticationToken of(SkemaUser user, Clock clock, String registrationId, Duration validFor) {
        var now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.subject());
        claims.put("preferred_username", user.username());
        claims.put("name", user.fullName());
        if (user.email() != null) {
            claims.put("email", user.email());
        }
        claims.put(SkemaUser.ROLES_CLAIM, user.roles().stream().map(Role::key).toList());
        claims.put(SkemaUser.GROUPS_CLAIM, user.organisationPaths());
        var idToken = new OidcIdToken(registrationId + "-" + user.username(), now, now.plus(validFor), claims);
        var authorities = SkemaAuthorities.of(user);
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken, "preferred_username"), authorities, registrationId);
    }
}

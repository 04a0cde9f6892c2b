package dk.ngc.skema.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one way the rest of Skema asks who is acting. Services call {@link #require(Role...)} before
 * they act, so that hiding a button is never the only protection.
 */
@Component
public class CurrentUser {

    public Optional<SkemaUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser oidcUser) {
            return Optional.of(SkemaUser.fromClaims(oidcUser.getClaims()));
        }
        return Optional.empty();
    }

    /** The logged-in user; refuses when nobody is logged in. */
    public SkemaUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The logged-in user when they hold at least one of the roles; otherwise refuses. */
    public SkemaUser require(Role... anyOf) {
        SkemaUser user = require();
        if (Arrays.stream(anyOf).noneMatch(user::hasRole)) {
            throw new AccessDeniedException(user.username() + " lacks " + Arrays.toString(anyOf));
        }
        return user;
    }
}

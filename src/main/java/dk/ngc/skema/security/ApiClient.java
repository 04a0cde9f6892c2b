package dk.ngc.skema.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * A system calling the read-only API with a bearer token (a region's requisition system), as services see it.
 * The API's filter chain already refuses a token without the scope; services that serve the API check again with
 * {@link #requireDirectoryScope()}, as they check a person's role, so no other path reaches them unchecked.
 */
@Component
public class ApiClient {

    private final org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies;

    @org.springframework.beans.factory.annotation.Autowired
    ApiClient(org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategies) {
        this.strategies = strategies;
    }

    /** For code outside a Spring context (a unit test of an access rule): the static holder. */
    public ApiClient() {
        this.strategies = null;
    }

    /** The scope a token must hold to read the directory through the API (a client scope of the realm). */
    public static final String DIRECTORY_SCOPE = "skema-directory";
    static final String DIRECTORY_AUTHORITY = "SCOPE_" + DIRECTORY_SCOPE;

    /** The calling system's client id (the token's {@code azp} or subject); refuses a caller without the scope. */
    public String requireDirectoryScope() {
        // The holder the filter chain wrote the token into: the context's own strategy (Vaadin's), which the static
        // holder is only while this context is the last one started in the JVM (several run side by side in tests).
        var strategy = strategies == null ? null : strategies.getIfAvailable();
        Authentication authentication = (strategy != null ? strategy.getContext() : SecurityContextHolder.getContext()).getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)
                || token.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(DIRECTORY_AUTHORITY::equals)) {
            throw new AccessDeniedException("No API token with scope " + DIRECTORY_SCOPE);
        }
        String client = token.getToken().getClaimAsString("azp");
        return client != null ? client : token.getName();
    }
}

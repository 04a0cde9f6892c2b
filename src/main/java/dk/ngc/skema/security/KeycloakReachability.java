package dk.ngc.skema.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Before a login is sent on to Keycloak, asks Keycloak whether it answers. When it does not, the person gets
 * Skema's own page saying that the login service is unreachable (HTTP 503) instead of the browser's "cannot
 * connect" page on Keycloak's address. Sessions already logged in do not come here and go on as before.
 */
final class KeycloakReachability extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeycloakReachability.class);
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ClientRegistrationRepository registrations;
    private final String loginPath;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    KeycloakReachability(ClientRegistrationRepository registrations, String registrationId) {
        this.registrations = registrations;
        this.loginPath = "/oauth2/authorization/" + registrationId;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).equals(loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientRegistration registration = registrations.findByRegistrationId(loginPath.substring(loginPath.lastIndexOf('/') + 1));
        URI probe = registration == null ? null : probeAddress(registration.getProviderDetails());
        if (probe != null && !answers(probe)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The issuer's discovery document when known, otherwise the authorisation endpoint itself. */
    static @Nullable URI probeAddress(ClientRegistration.ProviderDetails provider) {
        String issuer = provider.getIssuerUri();
        if (issuer != null && !issuer.isBlank()) {
            return URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        }
        String authorization = provider.getAuthorizationUri();
        return authorization == null || authorization.isBlank() ? null : URI.create(authorization);
    }

    /** Any HTTP answer (even an error status) means Keycloak is there; no connection or no answer in time means not. */
    private boolean answers(URI address) {
        try {
            http.send(HttpRequest.newBuilder(address).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            log.warn("Keycloak does not answer at {}: {}", address, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.of("da");
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale);
        String heading = HtmlUtils.htmlEscape(texts.getString("security.keycloakDown.heading"), "UTF-8");
        String text = HtmlUtils.htmlEscape(texts.getString("security.keycloakDown.text"), "UTF-8");
        String again = HtmlUtils.htmlEscape(texts.getString("security.keycloakDown.again"), "UTF-8");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "60");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + heading + " – Skema</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}"
                + "a{color:#0b5cad}</style></head><body><main><h1 id=\"keycloak-unreachable\">" + heading + "</h1><p>" + text
                + "</p><p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath() + "/") + "\">" + again + "</a></p></main></body></html>");
    }
}

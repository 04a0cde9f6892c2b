package dk.ngc.skema.security;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak goes away: a new login gets Skema's own Danish page saying the login service is unreachable, with
 * HTTP 503, instead of a redirect to an address the browser cannot open. While Keycloak answers, the login is
 * sent on to it as usual. (Keycloak here is a stand-in on a port of its own that can be started and stopped.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "keycloak"})
class KeycloakUnreachableTest {

    private static final int KEYCLOAK_PORT = freePort();
    private static final String ISSUER = "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/skema";

    @LocalServerPort
    int port;

    private HttpServer keycloak;
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestConfiguration
    static class RegistrationAtAClosedPort {
        @Bean
        ClientRegistrationRepository clientRegistrationRepository() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("keycloak")
                    .clientId("skema").clientSecret("skema-dev-secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .issuerUri(ISSUER)
                    .authorizationUri(ISSUER + "/protocol/openid-connect/auth")
                    .tokenUri(ISSUER + "/protocol/openid-connect/token")
                    .jwkSetUri(ISSUER + "/protocol/openid-connect/certs")
                    .userInfoUri(ISSUER + "/protocol/openid-connect/userinfo")
                    .userNameAttributeName("preferred_username")
                    .build());
        }
    }

    @AfterEach
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop(0);
        }
    }

    @Test
    void aNewLoginWhileKeycloakIsDownGetsADanishPageSayingSoWith503() throws Exception {
        HttpResponse<String> login = get("/oauth2/authorization/keycloak");

        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(login.body()).contains("<html lang=\"da\"", "Login er ikke muligt lige nu",
                "Skema kan ikke nå login-tjenesten (Keycloak)", "Prøv igen");
        assertThat(login.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aVisitorIsSentToTheLoginWhichSaysKeycloakIsUnreachable() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        String location = home.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<String> login = get(URI.create(location).getPath());
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("Login er ikke muligt lige nu");
    }

    @Test
    void whileKeycloakAnswersTheLoginIsSentOnToItAndWhenItStopsTheLoginSaysSo() throws Exception {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", KEYCLOAK_PORT), 0);
        keycloak.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        keycloak.start();

        HttpResponse<String> login = get("/oauth2/authorization/keycloak");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).startsWith(ISSUER + "/protocol/openid-connect/auth?");

        keycloak.stop(0);
        keycloak = null;
        assertThat(get("/oauth2/authorization/keycloak").statusCode()).isEqualTo(503);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "da-DK").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

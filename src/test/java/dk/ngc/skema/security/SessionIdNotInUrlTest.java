package dk.ngc.skema.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The session id never travels in an address (where it ends up in logs, history and shared links): cookies only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionIdNotInUrlTest {

    @LocalServerPort
    int port;

    // /VAADIN is where the old setting showed it: "Location: /login;jsessionid=…".
    @ParameterizedTest
    @ValueSource(strings = {"/", "/organisationer", "/VAADIN"})
    void theRedirectToTheLoginPageCarriesNoSessionIdInTheAddress(String path) throws Exception {
        // A browser without a session cookie yet asks for a page that needs a login.
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .contains("/login").doesNotContainIgnoringCase("jsessionid");
    }
}

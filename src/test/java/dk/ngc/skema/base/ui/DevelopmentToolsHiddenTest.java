package dk.ngc.skema.base.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run shows Skema, not Vaadin's development tools: no Copilot button and no English
 * "App is running in development mode" toast (both are loaded by the dev tools element and its configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DevelopmentToolsHiddenTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageLoadsNeitherTheDevelopmentToolsNorCopilot() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html").doesNotContain("vaadin-dev-tools").doesNotContain("devToolsConf")
                .doesNotContainIgnoringCase("copilot");
    }
}

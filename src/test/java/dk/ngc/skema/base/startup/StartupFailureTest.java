package dk.ngc.skema.base.startup;

import dk.ngc.skema.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting against an unreachable database or Keycloak prints which one and how to fix it. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unreachableDatabase(CapturedOutput output) throws IOException {
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort() + "/skema";
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run("--skema.db.embedded=false", "--spring.datasource.url=" + url, "--spring.datasource.username=x",
                        "--server.port=0")).isNotNull();
        assertThat(output.getAll()).contains("Skema cannot reach the database at " + url)
                .contains("Start MariaDB, or set SKEMA_DB_URL");
    }

    @Test
    void unreachableKeycloak(CapturedOutput output) throws IOException {
        String keycloak = "http://127.0.0.1:" + closedPort();
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("keycloak", "test")
                .run("--skema.keycloak.url=" + keycloak, "--server.port=0")).isNotNull();
        assertThat(output.getAll()).contains("Skema cannot reach Keycloak at " + keycloak + "/realms/skema")
                .contains("Start Keycloak");
    }
}

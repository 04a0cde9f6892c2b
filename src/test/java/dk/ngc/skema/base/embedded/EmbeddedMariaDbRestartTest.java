package dk.ngc.skema.base.embedded;

import dk.ngc.skema.base.embedded.EmbeddedMariaDbConfiguration.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run keeps its data across restarts, also when the checkout lies under the system's temp directory. */
class EmbeddedMariaDbRestartTest {

    // The server binaries are unpacked once for all tests (outside the temp directory).
    private static final Path SERVER = Path.of("target/test-db/server").toAbsolutePath();

    private Path directory;

    @AfterEach
    void removeDirectory() throws IOException {
        if (directory != null) {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    @Test
    void aRowWrittenBeforeARestartIsReadAfterIt_evenUnderTheTempDirectory() throws Exception {
        directory = Files.createTempDirectory("skema-checkout-").resolve("data/mariadb");
        assertThat(directory.toString()).startsWith(System.getProperty("java.io.tmpdir"));

        var first = EmbeddedMariaDb.start(directory, SERVER, 0, "skema");
        try {
            execute(first, "CREATE TABLE note (text VARCHAR(100))");
            execute(first, "INSERT INTO note VALUES ('kept across restarts')");
        } finally {
            first.stop();
        }

        var second = EmbeddedMariaDb.start(directory, SERVER, 0, "skema");
        try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
             var rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept across restarts");
        } finally {
            second.stop();
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), "root", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

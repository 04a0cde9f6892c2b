package dk.ngc.skema.base.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import java.sql.SQLNonTransientConnectionException;

/** Turns "the database is not there" at start into one line that says which database and what to do. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLNonTransientConnectionException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLNonTransientConnectionException cause) {
        String url = environment.getProperty("spring.datasource.url", "(embedded MariaDB)");
        return new FailureAnalysis(
                "Skema cannot reach the database at " + url + ": " + firstLine(cause.getMessage()),
                "Start MariaDB, or set SKEMA_DB_URL, SKEMA_DB_USER and SKEMA_DB_PASSWORD to a reachable server.",
                cause);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

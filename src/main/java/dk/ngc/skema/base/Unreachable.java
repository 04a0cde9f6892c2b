package dk.ngc.skema.base;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (it is restarting, the network is down, the pool waited in vain) from
 * a fault in Skema: the first is passing, nothing was changed, and the person is told so plainly and may try
 * again; the second is logged with a reference.
 */
public final class Unreachable {

    private Unreachable() {
    }

    /**
     * Whether this failure, or one of its causes, is a lost or refused connection to the database. When the chain
     * holds an error of the database itself, the deepest such error decides: a statement the database refused (a
     * trigger's SIGNAL, a constraint) is no connection problem, even where Spring wraps it as a resource failure.
     */
    public static boolean database(Throwable failure) {
        if (busy(failure)) {
            return false;
        }
        SQLException deepest = null;
        boolean connectionType = false;
        for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException
                    || current instanceof ConnectException || current instanceof JDBCConnectionException) {
                connectionType = true;
            }
            if (current instanceof SQLException sql) {
                deepest = sql;
            }
        }
        if (deepest == null) {
            return connectionType;
        }
        if (deepest.getSQLState() != null) {
            // SQL state class 08 is a connection exception. The state decides, not the type: MariaDB's driver makes
            // every state it has no class for (a trigger's 45000) an SQLTransientConnectionException.
            return deepest.getSQLState().startsWith("08");
        }
        // No state: the driver or the pool could not say; the types tell.
        return connectionType || deepest instanceof SQLTransientConnectionException || deepest instanceof SQLNonTransientConnectionException
                || deepest.getCause() instanceof ConnectException;
    }

    /** HikariCP's timeout: "… request timed out after 3000ms (total=10, active=10, idle=0, waiting=19)". */
    private static final java.util.regex.Pattern POOL_TIMEOUT =
            java.util.regex.Pattern.compile("request timed out after \\d+ms.*total=(\\d+), active=(\\d+)");

    /**
     * Whether the database answered but every connection of the pool was busy for as long as a request may wait: many
     * people at once, not a database out of reach. The pool then names no failure below its timeout, and all its
     * connections are active; when the database is down, the pool has none, or holds the connection failure as the cause.
     */
    public static boolean busy(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof SQLTransientConnectionException timeout && timeout.getMessage() != null) {
                var matcher = POOL_TIMEOUT.matcher(timeout.getMessage());
                if (matcher.find()) {
                    int total = Integer.parseInt(matcher.group(1));
                    int active = Integer.parseInt(matcher.group(2));
                    return timeout.getCause() == null && total > 0 && active == total;
                }
            }
        }
        return false;
    }
}

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

    /** Whether this failure, or one of its causes, is a lost or refused connection to the database. */
    public static boolean database(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException
                    || current instanceof SQLTransientConnectionException || current instanceof SQLNonTransientConnectionException
                    || current instanceof ConnectException || current instanceof JDBCConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception (the driver's own exception types vary).
            if (current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}

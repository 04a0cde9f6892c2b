package dk.ngc.skema.base;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnreachableTest {

    @Test
    void aLostOrRefusedConnectionIsUnreachable() {
        assertThat(Unreachable.database(new CannotCreateTransactionException("no connection",
                new SQLNonTransientConnectionException("Socket fail to connect", "08000")))).isTrue();
        assertThat(Unreachable.database(new DataAccessResourceFailureException("pool",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")))).isTrue();
        assertThat(Unreachable.database(new RuntimeException(new SQLException("Communications link failure", "08S01")))).isTrue();
        assertThat(Unreachable.database(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    /** As a trigger refuses a change: Spring wraps it as a resource failure, but the database answered. */
    @Test
    void aStatementTheDatabaseRefusedIsNotUnreachableThoughSpringCallsItAResourceFailure() {
        assertThat(Unreachable.database(new DataAccessResourceFailureException("could not execute statement",
                new SQLException("unavailable", "45000", 1644)))).isFalse();
        // MariaDB's driver types a state it does not know as a transient connection failure: the state tells.
        assertThat(Unreachable.database(new DataAccessResourceFailureException("could not execute statement",
                new SQLTransientConnectionException("(conn=5) unavailable", "45000", 1644)))).isFalse();
        assertThat(Unreachable.database(new DataIntegrityViolationException("duplicate", new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(Unreachable.database(new IllegalStateException("a fault in Skema"))).isFalse();
    }

    /** Seen under 200 simulated users: every connection in use, the database answering. Busy, not out of reach. */
    @Test
    void aPoolWhoseConnectionsAreAllBusyIsBusyNotUnreachable() {
        var busy = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", new SQLTransientConnectionException(
                "skema-embedded - Connection is not available, request timed out after 3000ms (total=10, active=10, idle=0, waiting=19)"));
        assertThat(Unreachable.busy(busy)).isTrue();
        assertThat(Unreachable.database(busy)).isFalse();
        // The database down: the pool has no connection, and holds the failure to make one as the cause.
        var down = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", new SQLTransientConnectionException(
                "skema-embedded - Connection is not available, request timed out after 3000ms (total=0, active=0, idle=0, waiting=1)", "08000",
                new SQLNonTransientConnectionException("Socket fail to connect to localhost", "08000")));
        assertThat(Unreachable.busy(down)).isFalse();
        assertThat(Unreachable.database(down)).isTrue();
        var downWithConnectionsLeft = new SQLTransientConnectionException(
                "skema-embedded - Connection is not available, request timed out after 3000ms (total=3, active=3, idle=0, waiting=1)", "08000",
                new SQLNonTransientConnectionException("Socket fail to connect to localhost", "08000"));
        assertThat(Unreachable.busy(downWithConnectionsLeft)).isFalse();
        assertThat(Unreachable.busy(new IllegalStateException("a fault in Skema"))).isFalse();
    }
}

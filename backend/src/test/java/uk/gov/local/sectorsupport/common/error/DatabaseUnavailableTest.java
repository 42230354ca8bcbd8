package uk.gov.local.sectorsupport.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The end-to-end proof is `make fault-test` (PostgreSQL stopped under load); this pins the classification. */
class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseALostOrRefusedConnectionThroughItsWrappers() {
        var refused = new PSQLException("Connection to 127.0.0.1:54371 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new RuntimeException(refused))));
        var closed = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        assertTrue(DatabaseUnavailable.causedBy(closed));
        assertTrue(DatabaseUnavailable.causedBy(
                new org.hibernate.exception.JDBCConnectionException("could not execute statement", closed)));
    }

    @Test
    void shouldRecogniseAServerShuttingDownOrStartingUp() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void shouldRecogniseAnExhaustedPoolWaitingPastTheAcquisitionTimeout() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void shouldLeaveEveryOtherDatabaseErrorAlone() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("no cause")));
    }
}

package fr.gouv.ptce.commons.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainMeanUnavailable() {
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("tx",
                new SQLTransientConnectionException("pool"))));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("wrap",
                new SQLException("Connection refused", "08001"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException(
                "FATAL: database \"candidature\" is not currently accepting connections", "55000")));
    }

    @Test
    void otherSqlErrorsAreStillBugs() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
    }
}

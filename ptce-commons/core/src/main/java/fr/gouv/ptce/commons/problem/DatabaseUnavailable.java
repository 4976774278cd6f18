package fr.gouv.ptce.commons.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises, anywhere in a cause chain, that the service's own database could not be reached (pool
 * timeout, connection refused or cut, database closed to connections), so the caller gets a 503 to
 * retry instead of a 500 that reads like a bug. Class names are matched as text: commons does not
 * depend on Hibernate or Agroal.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable error) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("acquisition timeout") || message.contains("not currently accepting connections")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE classes 08 (connection exception), 57P (server shutting down / not ready), 53300. */
    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}

package fr.gouv.ptce.commons.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a service's database unreachable and reachable again without stopping the shared server:
 * new connections are refused and existing ones are cut, as when PostgreSQL goes away.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void cutOff(String database) {
        admin("alter database " + database + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
    }

    public static void restore(String database) {
        admin("alter database " + database + " allow_connections true");
    }

    /** Runs SQL as the superuser against {@code database} (e.g. to check what was stored). */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.jdbcUrl(database), "postgres", "postgres");
    }

    private static void admin(String... statements) {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "postgres");
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

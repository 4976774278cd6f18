package fr.gouv.ptce.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** JDBC to the platform's PostgreSQL (one database per service, launcher's credentials). */
public final class Db {

    private Db() {
    }

    public static Connection open(Settings s, String database) {
        try {
            return DriverManager.getConnection(s.jdbc(database), System.getProperty("bench.dbUser", "postgres"),
                    System.getProperty("bench.dbPassword", "postgres"));
        } catch (SQLException e) {
            throw new BenchException("PostgreSQL (" + s.jdbc(database) + ") injoignable: " + e.getMessage(), e);
        }
    }
}

package fr.gouv.ptce.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** The id of the campaign with this code in the connection's database (campagne table), or null. */
    public static String campagneParCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from campagne where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** How many rows of {@code table} (one of the suite's own table names) belong to the campaign. */
    public static long lignesDeLaCampagne(Connection c, String table, String campagneId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where campagne_id = ?::uuid")) {
            ps.setString(1, campagneId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

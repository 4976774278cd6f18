package fr.gouv.ptce.systemtests.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the four databases of the system-test platform (one PostgreSQL server, user
 * postgres): what the reconciliation reads, and the switch that makes one database unreachable.
 */
public final class Bases {

    private Bases() {
    }

    public static Connection ouvrir(String base) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + SystemTestPlatform.ports().postgres()
                + "/" + base, "postgres", "postgres");
    }

    /** Each row as an array of its columns (as text); {@code parametres} bound in order. */
    public static List<String[]> lignes(String base, String sql, Object... parametres) {
        try (Connection c = ouvrir(base); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                Object p = parametres[i];
                if (p instanceof String[] tableau) {
                    ps.setArray(i + 1, c.createArrayOf("text", tableau));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            List<String[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] ligne = new String[n];
                    for (int i = 0; i < n; i++) {
                        ligne[i] = rs.getString(i + 1);
                    }
                    out.add(ligne);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(base + " : " + sql + " : " + e.getMessage(), e);
        }
    }

    public static long nombre(String base, String sql, Object... parametres) {
        return Long.parseLong(lignes(base, sql, parametres).get(0)[0]);
    }

    /**
     * Makes {@code base} unreachable for everyone (the services connect as postgres, a superuser:
     * only ALLOW_CONNECTIONS false stops them) and closes its open sessions; {@code false} opens it again.
     */
    public static void couper(String base, boolean coupee) {
        try (Connection c = ouvrir("postgres"); var st = c.createStatement()) {
            // The name is one of the four fixed database names, never input.
            st.execute("alter database " + base + " allow_connections " + (coupee ? "false" : "true"));
            if (coupee) {
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + base + "'");
            }
        } catch (SQLException e) {
            throw new AssertionError("impossible de " + (coupee ? "couper" : "rétablir") + " la base " + base, e);
        }
    }
}

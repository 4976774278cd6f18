package fr.gouv.ptce.systemtests.securite;

import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts of every table of the four services' databases, read straight from the platform's
 * PostgreSQL: the only honest way to say "nothing was stored".
 */
public final class Comptages {

    private Comptages() {
    }

    /** "database.schema.table" → row count, for every base table outside PostgreSQL's own schemas. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (Service s : Service.values()) {
            String url = "jdbc:postgresql://localhost:" + SystemTestPlatform.ports().postgres() + "/" + s.shortName();
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement st = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select table_schema, table_name from information_schema.tables "
                        // limite_debit (the kit's rate-limit buckets) counts attempts, not data: a refused
                        // write still spends its client's token, which is how a limit on writes works.
                        + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                        + "and table_name <> 'limite_debit'")) {
                    while (rs.next()) {
                        tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                    }
                }
                for (String t : tables) {
                    try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
                        rs.next();
                        counts.put(s.shortName() + "." + t.replace("\"", ""), rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError("cannot count the rows of " + url + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }

    /**
     * Waits until the platform is quiet (events consumed, mails sent, outboxes drained): the same
     * counts three times in a row, a second apart. Returns those counts.
     */
    public static Map<String, Long> whenQuiet(java.time.Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        Map<String, Long> last = snapshot();
        int stable = 0;
        while (stable < 3 && System.nanoTime() < deadline) {
            sleep(1000);
            Map<String, Long> now = snapshot();
            stable = now.equals(last) ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    /** The tables whose counts differ, as "table: before → after". */
    public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> diffs = new ArrayList<>();
        java.util.Set<String> tables = new java.util.TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String t : tables) {
            Long b = before.get(t);
            Long a = after.get(t);
            if (b == null || !b.equals(a)) {
                diffs.add(t + ": " + b + " → " + a);
            }
        }
        return diffs;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

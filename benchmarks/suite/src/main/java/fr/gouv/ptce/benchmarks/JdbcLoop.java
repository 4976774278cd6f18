package fr.gouv.ptce.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw-SQL reference: the same query as the service, by plain JDBC prepared statements, with as
 * many threads as Gatling has clients, for the same time. Its throughput and latencies are the
 * floor PostgreSQL itself sets; the rest of an API call's cost is the service's.
 */
public final class JdbcLoop {

    /** Binds parameters for the i-th execution of a thread. */
    public interface Binder {
        void bind(PreparedStatement ps, long i) throws Exception;
    }

    public record Result(double perSecond, Latencies latencies) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>(latencies.summary());
            m.put("perSecond", Latencies.round(perSecond));
            return m;
        }
    }

    private JdbcLoop() {
    }

    public static Result run(Settings s, String database, List<String> sqls, Binder binder, int threads, Duration d) {
        Latencies lat = new Latencies();
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long end = System.nanoTime() + d.toNanos();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final int seed = t;
            Thread w = new Thread(() -> {
                try (Connection c = Db.open(s, database)) {
                    List<PreparedStatement> statements = new ArrayList<>();
                    for (String sql : sqls) {
                        statements.add(c.prepareStatement(sql));
                    }
                    long i = seed * 1_000_003L;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        for (PreparedStatement ps : statements) {
                            binder.bind(ps, i);
                            try (ResultSet rs = ps.executeQuery()) {
                                int cols = rs.getMetaData().getColumnCount();
                                while (rs.next()) {
                                    for (int k = 1; k <= cols; k++) {
                                        rs.getObject(k); // read every column, as a mapper would
                                    }
                                }
                            }
                        }
                        lat.add(System.nanoTime() - t0);
                        done.incrementAndGet();
                        i++;
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!failures.isEmpty()) {
            throw new BenchException("boucle JDBC en échec: " + failures.get(0), failures.get(0));
        }
        double secs = (System.nanoTime() - start) / 1e9;
        return new Result(done.get() / secs, lat);
    }
}

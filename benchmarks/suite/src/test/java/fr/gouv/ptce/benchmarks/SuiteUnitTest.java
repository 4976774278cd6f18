package fr.gouv.ptce.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's own arithmetic: percentiles and generated SIRETs (no platform needed). */
class SuiteUnitTest {

    @Test
    void theIdleFigureIsTheMiddleWindowAndCountsPartsOnly() {
        // One window with a JIT burst does not make the figure.
        assertEquals(52.0, IdleScenario.median(java.util.List.of(95.0, 52.0, 49.0)));
        assertEquals(50.5, IdleScenario.median(java.util.List.of(52.0, 49.0)));
        // The machine's total, the rest of the machine and the JIT's share of the parts are not added.
        assertEquals(20.5, IdleScenario.platform(java.util.Map.of("kafka", 13.0, "candidature-service", 7.5,
                "machine", 400.0, "other processes", 30.0, CpuTime.JIT, 5.0)));
    }

    @Test
    void percentilesByNearestRank() {
        Latencies l = new Latencies();
        for (int i = 1; i <= 100; i++) {
            l.add(i * 1_000_000L);
        }
        assertEquals(50.0, l.percentileMs(50));
        assertEquals(99.0, l.percentileMs(99));
        assertEquals(100.0, l.percentileMs(100));
    }

    @Test
    void loadedSiretsAreUniqueAndPassLuhn() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String s = BulkCandidatures.siret(i);
            assertEquals(14, s.length());
            assertTrue(luhn(s), s);
            assertTrue(seen.add(s), s);
        }
        assertTrue(luhn(Api.siret(new Random(1))));
    }

    @Test
    void gatlingStatsScriptIsRead() throws Exception {
        String script = statsScript();
        var root = GatlingRun.statsObject(script);
        assertEquals("All Requests", root.path("name").asText());
        assertTrue(root.path("stats").path("numberOfRequests").path("total").asLong() > 0);
        assertEquals(5, root.path("contents").size(), "one entry per request of a submission");
    }

    @Test
    void severalRequestNamesGiveTheWorstPercentileAndTheSummedCounts() {
        GatlingRun.Stats creation = new GatlingRun.Stats("1 creation", 100, 0, 6, 12, 20, 40, 7, 5);
        GatlingRun.Stats depot = new GatlingRun.Stats("5 depot", 99, 1, 9, 30, 75, 120, 12, 5);
        GatlingRun.Stats all = GatlingRun.measured(java.util.List.of(creation, depot));
        assertEquals(199, all.ok());
        assertEquals(1, all.ko());
        assertEquals(75.0, all.p99(), "bound: no name has more than 1 % of its calls above it");
        assertEquals(9.0, all.p50());
        assertEquals(9.5, all.mean(), 1e-9);
        assertEquals(10.0, all.rps(), 1e-9);
    }

    @Test
    void warmUpRequestsAreLeftOutOfTheFigures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path report) throws Exception {
        java.nio.file.Files.createDirectories(report.resolve("js"));
        String script = statsScript();
        // The same report with its first request renamed as a warm-up one.
        java.nio.file.Files.writeString(report.resolve("js/stats.js"),
                script.replace("\"1 creation\"", "\"" + GatlingRun.WARMUP + "1 creation\""));
        GatlingRun.Result r = GatlingRun.read("essai", report, 20);
        assertEquals(4, r.requests().size());
        assertTrue(r.requests().keySet().stream().noneMatch(n -> n.startsWith(GatlingRun.WARMUP)));
        long measured = r.requests().values().stream().mapToLong(st -> st.ok() + st.ko()).sum();
        assertEquals(measured, r.all().ok() + r.all().ko());
        assertEquals(measured / 20.0, r.all().rps(), 1e-9);
    }

    /** A stats.js written by Gatling 3.13 for a five-call submission run. */
    private String statsScript() throws java.io.IOException {
        try (var in = getClass().getResourceAsStream("/gatling-stats.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static boolean luhn(String s) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int v = (s.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        return sum % 10 == 0;
    }
}

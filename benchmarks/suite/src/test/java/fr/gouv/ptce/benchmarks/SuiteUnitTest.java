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
        String script;
        try (var in = getClass().getResourceAsStream("/gatling-stats.js")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var root = GatlingRun.statsObject(script);
        assertEquals("All Requests", root.path("name").asText());
        assertTrue(root.path("stats").path("numberOfRequests").path("total").asLong() > 0);
        assertEquals(5, root.path("contents").size(), "one entry per request of a submission");
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

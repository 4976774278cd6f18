package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goals table read from results.json: each row's arithmetic, and "—" for what a run did not measure. */
class ObjectifsTest {

    static final String RUN = """
            {"figures": [
              {"figure": "highest submission rate held (p99 ≤ 100 ms, < 1 % errors)", "unit": "subm/s", "ours": 20, "ratio": null},
              {"figure": "bare endpoint with bearer token — throughput", "unit": "req/s", "ours": 4000, "reference": 11000, "ratio": 0.36},
              {"figure": "GET /candidatures/{id} by owners — throughput", "unit": "req/s", "ours": 3000, "reference": 4000, "ratio": 0.75},
              {"figure": "GET /candidatures/{id} by owners — p99", "unit": "ms", "ours": 20, "reference": 10, "ratio": 2.0},
              {"figure": "depot 200 → in evaluation-service — p50", "unit": "ms", "ours": 9, "reference": 5, "ratio": 1.8},
              {"figure": "depot 200 → in evaluation-service — p99", "unit": "ms", "ours": 30, "reference": 10, "ratio": 3.0},
              {"figure": "whole platform at rest, CPU (every part, Keycloak included)", "unit": "ms/s", "ours": 48.2},
              {"figure": "candidature-service — ready", "unit": "s", "ours": 4.0, "reference": 3.0, "ratio": 1.33},
              {"figure": "evaluation-service — ready", "unit": "s", "ours": 6.0, "reference": 3.0, "ratio": 2.0},
              {"figure": "candidature-service — RSS idle", "unit": "MB", "ours": 240},
              {"figure": "evaluation-service — RSS idle", "unit": "MB", "ours": 260},
              {"figure": "staff list by région, deep page (40000 rows in) — p99", "unit": "ms", "ours": 15}
            ],
            "details": {"rush.levels": [
              {"rate": 10, "cpuMsPerSubmission": {"candidature-service": 30, "machine": 90}},
              {"rate": 20, "cpuMsPerSubmission": {"candidature-service": 5, "postgresql": 3.5,
                 "of which JIT compilers (all JVMs)": 2, "other (load generator, suite)": 40, "machine": 48.5}}
            ]}}
            """;

    @Test
    void eachGoalIsReadFromItsFigures() {
        JsonNode run = Json.parse(RUN);
        Objectifs.Lecture cpu = Objectifs.cpuParDepot(run);
        assertEquals("8.50 ms (at 20/s)", cpu.valeur()); // the busiest stage, without the load generator (the JIT is in the parts)
        assertTrue(cpu.atteint());
        Objectifs.Lecture tenus = Objectifs.depotsTenus(run);
        assertTrue(tenus.valeur().endsWith("(20.00/s held; bare 4000 req/s)"), tenus.valeur()); // 20 ÷ 800 = 0.025
        assertFalse(tenus.atteint());
        assertTrue(Objectifs.ratio(run, "GET /candidatures/{id} by owners — throughput", r -> r >= 0.7).atteint());
        assertFalse(Objectifs.ratio(run, "GET /candidatures/{id} by owners — p99", r -> r <= 1.5).atteint());
        assertTrue(Objectifs.evenement(run, "depot 200 → in evaluation-service — p50", (o, r) -> o <= r + 5).atteint());
        assertFalse(Objectifs.evenement(run, "depot 200 → in evaluation-service — p99", (o, r) -> o <= 2 * r).atteint());
        assertFalse(Objectifs.pret(run).atteint()); // the worst of the services decides
        assertEquals("260 MB (240 / 260; 1 of 2 over)", Objectifs.rss(run).valeur());
        assertTrue(Objectifs.pageProfonde(run).atteint());
    }

    @Test
    void theTablePutsTwoRunsSideBySideAndMarksWhatWasNotMeasured() {
        JsonNode now = Json.parse(RUN);
        JsonNode earlier = Json.parse("{\"figures\": [{\"figure\": \"whole platform at rest, CPU (every part, Keycloak included)\","
                + " \"unit\": \"ms/s\", \"ours\": 82.6}]}");
        assertNull(Objectifs.cpuParDepot(earlier));
        String md = Objectifs.tableau(earlier, now);
        assertTrue(md.contains("| whole platform idle CPU, 5 minutes after start | ≤ 50 ms/s | 82.60 ms/s | 48.20 ms/s | yes |"), md);
        assertTrue(md.contains("| staff list over 1M, deep page p99 | ≤ 20 ms | — | 15.00 ms | yes |"), md);
        assertEquals(Objectifs.TOUS.size() + 2, md.lines().count());
    }
}

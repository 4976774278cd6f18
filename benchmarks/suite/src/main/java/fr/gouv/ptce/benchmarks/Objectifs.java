package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The performance goals of the platform (issue 26's table), each computed from a run's results.json
 * so that two runs — an earlier one kept as baseline and this one — are put side by side. Every goal
 * is a ratio to a reference measured in the same run, or an absolute figure where the issue gives
 * one; a row whose figures a run did not measure (a subset of scenarios) says "—".
 */
final class Objectifs {

    /** One goal: its name, its target, and how to read it from a run (null when not measured). */
    record Objectif(String figure, String goal, Function<JsonNode, Lecture> lire) {
    }

    /** What a run says of a goal: the figure as shown and whether the goal is met. */
    record Lecture(String valeur, boolean atteint) {
    }

    static final List<Objectif> TOUS = List.of(
            new Objectif("platform CPU per complete submission, busiest rush stage (load generator left out)",
                    "≤ 10 ms", Objectifs::cpuParDepot),
            new Objectif("submissions held (each call's p99 ≤ 100 ms) ÷ (bare secured req/s ÷ 5)", "≥ 0.2",
                    Objectifs::depotsTenus),
            new Objectif("GET /candidatures/{id} throughput ÷ bare secured endpoint", "≥ 0.7",
                    run -> ratio(run, "GET /candidatures/{id} by owners — throughput", r -> r >= 0.7)),
            new Objectif("GET /candidatures/{id} p99 ÷ bare secured p99", "≤ 1.5",
                    run -> ratio(run, "GET /candidatures/{id} by owners — p99", r -> r <= 1.5)),
            new Objectif("depot → visible in evaluation, p50 (raw Kafka p50)", "≤ raw + 5 ms",
                    run -> evenement(run, "depot 200 → in evaluation-service — p50", (ours, raw) -> ours <= raw + 5)),
            new Objectif("depot → visible in evaluation, p99 (raw Kafka p99)", "≤ 2 × raw",
                    run -> evenement(run, "depot 200 → in evaluation-service — p99", (ours, raw) -> ours <= 2 * raw)),
            new Objectif("whole platform idle CPU, 5 minutes after start", "≤ 50 ms/s",
                    run -> valeur(run, "whole platform at rest, CPU (every part, Keycloak included)", "ms/s", v -> v <= 50)),
            new Objectif("each service ready ÷ bare app (worst of four)", "≤ 1.5", Objectifs::pret),
            new Objectif("each service RSS idle (worst of four)", "≤ 250 MB", Objectifs::rss),
            new Objectif("staff list over 1M, deep page p99", "≤ 20 ms", Objectifs::pageProfonde));

    private Objectifs() {
    }

    /** The goals table in Markdown: one run, or an earlier run beside this one. */
    static String tableau(JsonNode avant, JsonNode maintenant) {
        StringBuilder md = new StringBuilder();
        if (avant == null) {
            md.append("| goal | target | this run | met? |\n|---|---|---|---|\n");
        } else {
            md.append("| goal | target | earlier run | this run | met now? |\n|---|---|---|---|---|\n");
        }
        for (Objectif o : TOUS) {
            Lecture l = lire(o, maintenant);
            md.append("| ").append(o.figure()).append(" | ").append(o.goal()).append(" | ");
            if (avant != null) {
                Lecture b = lire(o, avant);
                md.append(b == null ? "—" : b.valeur()).append(" | ");
            }
            md.append(l == null ? "—" : l.valeur()).append(" | ")
                    .append(l == null ? "—" : l.atteint() ? "yes" : "no").append(" |\n");
        }
        return md.toString();
    }

    private static Lecture lire(Objectif o, JsonNode run) {
        try {
            return o.lire().apply(run);
        } catch (RuntimeException e) {
            return null; // a figure the run did not measure, or measured as NaN
        }
    }

    static Lecture cpuParDepot(JsonNode run) {
        JsonNode levels = run.path("details").path("rush.levels");
        if (!levels.isArray() || levels.isEmpty()) {
            return null;
        }
        JsonNode busiest = levels.get(levels.size() - 1);
        double total = 0;
        for (Iterator<String> it = busiest.path("cpuMsPerSubmission").fieldNames(); it.hasNext(); ) {
            String part = it.next();
            if (CpuTime.estUnePartie(part)) {
                total += busiest.path("cpuMsPerSubmission").path(part).asDouble();
            }
        }
        return new Lecture(format(total) + " ms (at " + busiest.path("rate").asInt() + "/s)", total <= 10);
    }

    static Lecture depotsTenus(JsonNode run) {
        JsonNode held = figure(run, f -> f.startsWith("highest submission rate held"));
        JsonNode bare = figure(run, f -> f.equals("bare endpoint with bearer token — throughput"));
        if (held == null || bare == null) {
            return null;
        }
        double h = held.path("ours").asDouble();
        double b = bare.path("ours").asDouble();
        double r = h / (b / 5);
        return new Lecture(format(r) + " (" + format(h) + "/s held; bare " + format(b) + " req/s)", r >= 0.2);
    }

    static Lecture ratio(JsonNode run, String name, java.util.function.DoublePredicate but) {
        JsonNode f = figure(run, n -> n.equals(name));
        if (f == null || !f.path("ratio").isNumber()) {
            return null;
        }
        double r = f.path("ratio").asDouble();
        return new Lecture(format(r) + " (" + format(f.path("ours").asDouble()) + " vs "
                + format(f.path("reference").asDouble()) + " " + f.path("unit").asText() + ")", but.test(r));
    }

    interface Comparaison {
        boolean ok(double ours, double raw);
    }

    static Lecture evenement(JsonNode run, String name, Comparaison but) {
        JsonNode f = figure(run, n -> n.equals(name));
        if (f == null || !f.path("reference").isNumber()) {
            return null;
        }
        double ours = f.path("ours").asDouble();
        double raw = f.path("reference").asDouble();
        return new Lecture(format(ours) + " ms (raw " + format(raw) + " ms)", but.ok(ours, raw));
    }

    static Lecture valeur(JsonNode run, String name, String unit, java.util.function.DoublePredicate but) {
        JsonNode f = figure(run, n -> n.equals(name));
        if (f == null) {
            return null;
        }
        double v = f.path("ours").asDouble();
        return new Lecture(format(v) + " " + unit, but.test(v));
    }

    static Lecture pret(JsonNode run) {
        List<JsonNode> ready = figures(run, n -> n.endsWith(" — ready"));
        if (ready.isEmpty()) {
            return null;
        }
        double worst = ready.stream().mapToDouble(f -> f.path("ratio").asDouble(Double.NaN)).max().orElse(Double.NaN);
        StringBuilder s = new StringBuilder(format(worst) + " (");
        ready.forEach(f -> s.append(format(f.path("ours").asDouble())).append(" / "));
        s.setLength(s.length() - 3);
        s.append(" s; bare ").append(format(ready.get(0).path("reference").asDouble())).append(" s)");
        return new Lecture(s.toString(), worst <= 1.5);
    }

    static Lecture rss(JsonNode run) {
        List<JsonNode> rss = figures(run, n -> n.endsWith(" — RSS idle"));
        if (rss.isEmpty()) {
            return null;
        }
        double worst = rss.stream().mapToDouble(f -> f.path("ours").asDouble()).max().orElse(Double.NaN);
        long over = rss.stream().filter(f -> f.path("ours").asDouble() > 250).count();
        StringBuilder s = new StringBuilder(format(worst) + " MB (");
        rss.forEach(f -> s.append(format(f.path("ours").asDouble())).append(" / "));
        s.setLength(s.length() - 3);
        s.append("; ").append(over).append(" of ").append(rss.size()).append(" over)");
        return new Lecture(s.toString(), over == 0);
    }

    static Lecture pageProfonde(JsonNode run) {
        JsonNode f = figure(run, n -> n.startsWith("staff list by région, deep page (") && n.endsWith("— p99"));
        if (f == null) {
            return null;
        }
        double v = f.path("ours").asDouble();
        return new Lecture(format(v) + " ms", v <= 20);
    }

    private static JsonNode figure(JsonNode run, java.util.function.Predicate<String> name) {
        List<JsonNode> all = figures(run, name);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<JsonNode> figures(JsonNode run, java.util.function.Predicate<String> name) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : run.path("figures")) {
            if (name.test(f.path("figure").asText()) && f.path("ours").isNumber()) {
                out.add(f);
            }
        }
        return out;
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d < 0.1 ? "%.3f" : "%.2f", d);
    }
}

package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * This run's figures beside those of an earlier run ({@code -Dbench.baseline=<results.json>}, e.g. a
 * copy kept from before a change), so that a change is judged on two runs of the same suite: printed
 * at the end and written to {@code comparison.md} beside results.json.
 */
final class Baseline {

    private Baseline() {
    }

    static void compare(Report r, Path earlierResults, Path out) throws IOException {
        JsonNode earlier = Json.parse(Files.readString(earlierResults, StandardCharsets.UTF_8));
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (JsonNode f : earlier.path("figures")) {
            before.put(f.path("figure").asText(), f);
        }
        StringBuilder md = new StringBuilder()
                .append("Earlier run: ").append(earlierResults).append(" (started ")
                .append(earlier.path("startedAt").asText("?")).append(", mean load ")
                .append(earlier.path("loadAverageMean1m").asText("?")).append(")\n\n")
                .append("| figure | unit | earlier | this run | earlier ratio | this ratio | goal | met now? |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Report.Figure f : r.figures()) {
            JsonNode b = before.get(f.name());
            md.append("| ").append(f.name()).append(" | ").append(f.unit())
                    .append(" | ").append(b == null ? "—" : number(b.path("ours")))
                    .append(" | ").append(format(f.ours()))
                    .append(" | ").append(b == null ? "—" : number(b.path("ratio")))
                    .append(" | ").append(f.ratio() == null ? "—" : format(f.ratio()))
                    .append(" | ").append(f.goal() == null ? "—" : f.goal())
                    .append(" | ").append(f.met() == null ? "—" : f.met() ? "yes" : "no").append(" |\n");
        }
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        Report.log(md.toString());
    }

    /**
     * The platform's performance goals ({@link Objectifs}) for this run, beside the earlier run's when
     * there is one: printed and written to {@code goals.md}.
     */
    static void goals(Path earlierResults, Path results, Path out) throws IOException {
        JsonNode now = Json.parse(Files.readString(results, StandardCharsets.UTF_8));
        JsonNode earlier = earlierResults == null ? null : Json.parse(Files.readString(earlierResults, StandardCharsets.UTF_8));
        String md = "Performance goals" + (earlier == null ? "" : " (earlier run: " + earlierResults + ", started "
                + earlier.path("startedAt").asText("?") + ")") + "\n\n" + Objectifs.tableau(earlier, now);
        Files.writeString(out, md, StandardCharsets.UTF_8);
        Report.log(md);
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? format(n.asDouble()) : "—";
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}

package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the run measured: the figures table (ours, reference, ratio, goal, met?), details per
 * scenario, links to Gatling's reports, the machine's load. Written as results.json and index.html.
 */
public final class Report {

    /**
     * One line of the table. ratio = ours / reference; whether higher is better depends on the unit
     * (req/s: higher; ms, MB, s: lower). met is null when the issue sets no goal for the line.
     */
    public record Figure(String scenario, String name, String unit, double ours, Double reference,
                         String referenceName, String goal, Boolean met) {
        public Double ratio() {
            return reference == null || reference == 0 || Double.isNaN(reference) ? null
                    : Latencies.round(ours / reference);
        }
    }

    private final Settings settings;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Map<String, String> reports = new LinkedHashMap<>();
    private final List<Map<String, Object>> load = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final Instant started = Instant.now();

    public Report(Settings settings) {
        this.settings = settings;
    }

    public static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public synchronized void figure(String scenario, String name, String unit, double ours, Double reference,
                                    String referenceName, String goal, Boolean met) {
        Figure f = new Figure(scenario, name, unit, Latencies.round(ours),
                reference == null ? null : Latencies.round(reference), referenceName, goal, met);
        figures.add(f);
        log(String.format("  = %-55s %10.2f %-6s ref %s  ratio %s  goal %s  %s", name, f.ours(), unit,
                reference == null ? "-" : String.format("%.2f", reference), f.ratio() == null ? "-" : f.ratio(),
                goal == null ? "-" : goal, met == null ? "" : met ? "MET" : "MISSED"));
    }

    public synchronized void detail(String key, Object value) {
        details.put(key, value);
    }

    public synchronized void gatling(GatlingRun.Result r) {
        reports.put(r.label(), settings.results().relativize(r.report().resolve("index.html")).toString());
    }

    public synchronized void error(String scenario, Exception e) {
        errors.add(scenario + ": " + e.getMessage());
        log("  ! " + scenario + " interrompu: " + e.getMessage());
    }

    /** /proc/loadavg now, tagged with the step: the machine is shared, figures need this context. */
    public synchronized void loadAverage(String when) {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", when);
            m.put("at", Instant.now().toString());
            m.put("load1", Double.parseDouble(p[0]));
            m.put("load5", Double.parseDouble(p[1]));
            m.put("load15", Double.parseDouble(p[2]));
            load.add(m);
        } catch (IOException | RuntimeException e) {
            // Not Linux: no load average to report, the figures still stand.
        }
    }

    public void write() throws IOException {
        Files.createDirectories(settings.results());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("startedAt", started.toString());
        root.put("finishedAt", Instant.now().toString());
        root.put("quick", settings.quick());
        root.put("cpus", Runtime.getRuntime().availableProcessors());
        root.put("loadAverage", load);
        root.put("loadAverageMean1m", meanLoad());
        List<Map<String, Object>> table = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", f.scenario());
            m.put("figure", f.name());
            m.put("unit", f.unit());
            m.put("ours", f.ours());
            m.put("reference", f.reference());
            m.put("referenceName", f.referenceName());
            m.put("ratio", f.ratio());
            m.put("goal", f.goal());
            m.put("met", f.met());
            table.add(m);
        }
        root.put("figures", table);
        root.put("details", details);
        root.put("gatlingReports", reports);
        root.put("errors", errors);
        Files.writeString(settings.results().resolve("results.json"), Json.write(root), StandardCharsets.UTF_8);
        Files.writeString(settings.results().resolve("index.html"), Html.page(this), StandardCharsets.UTF_8);
    }

    double meanLoad() {
        return Latencies.round(load.stream().mapToDouble(m -> (Double) m.get("load1")).average().orElse(Double.NaN));
    }

    List<Figure> figures() {
        return figures;
    }

    Map<String, String> reports() {
        return reports;
    }

    Map<String, Object> details() {
        return details;
    }

    List<Map<String, Object>> load() {
        return load;
    }

    List<String> errors() {
        return errors;
    }

    Settings settings() {
        return settings;
    }

    Instant started() {
        return started;
    }
}

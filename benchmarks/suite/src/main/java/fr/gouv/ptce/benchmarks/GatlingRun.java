package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in a child JVM (fresh load generator, its own HTML report under
 * results/gatling/) and reads the figures back from the report's js/stats.js.
 * <p>
 * Every simulation first runs the same requests for {@code bench.warmupSeconds} under names
 * starting with {@link #WARMUP}: a fresh load-generator JVM spends its first seconds compiling on
 * the two cores the platform uses, which put 100–300 ms into the first seconds of every stage
 * (seen in the percentiles-over-time charts). The figures read back leave those requests out;
 * the HTML report still shows them.
 */
public final class GatlingRun {

    /** Prefix of the warm-up requests' names, left out of the figures. */
    public static final String WARMUP = "échauffement ";

    /** Figures of one request name (or "all"): counts, percentiles in ms, mean throughput. */
    public record Stats(String name, long ok, long ko, double p50, double p95, double p99, double max,
                        double mean, double rps) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ok", ok);
            m.put("ko", ko);
            m.put("p50Ms", p50);
            m.put("p95Ms", p95);
            m.put("p99Ms", p99);
            m.put("maxMs", max);
            m.put("meanMs", mean);
            m.put("reqPerSec", Latencies.round(rps));
            return m;
        }

        public double koRatio() {
            return ok + ko == 0 ? 1.0 : (double) ko / (ok + ko);
        }
    }

    /** {@code all}: the measured requests (warm-up excluded); {@code requests}: each measured name. */
    public record Result(String label, Path report, Stats all, Map<String, Stats> requests) {
    }

    private GatlingRun() {
    }

    /** {@code measuredSeconds}: how long the measured part lasts, for the throughput of its requests. */
    public static Result run(Settings s, String simulationClass, String label, Map<String, String> properties,
                             long measuredSeconds) {
        Path folder = s.results().resolve("gatling");
        try {
            Files.createDirectories(folder);
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-XX:+UseParallelGC",
                    // as gatling-maven-plugin does: Gatling's log writer reads String internals
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-Dgatling.data.enableAnalytics=false", "-Dgatling.core.runDescription=" + label));
            properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
            cmd.add("-Dbench.warmupSeconds=" + s.warmup().toSeconds());
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
                    "--simulation", simulationClass, "--results-folder", folder.toString(),
                    "--run-description", label, "--launcher", "maven", "--build-tool-version", "4.16.0"));
            Path log = folder.resolve(label + ".log");
            long before = System.currentTimeMillis();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BenchException("Gatling (" + label + ") n'a pas fini en 30 min; voir " + log);
            }
            // Gatling exits 2 when assertions fail; we set none, so any non-zero code is a crash.
            Path report = newestReport(folder, before);
            if (report == null) {
                throw new BenchException("Gatling (" + label + ") n'a pas produit de rapport (code " + p.exitValue()
                        + "); voir " + log);
            }
            Path renamed = folder.resolve(label);
            if (Files.exists(renamed)) {
                deleteTree(renamed);
            }
            Files.move(report, renamed);
            return read(label, renamed, measuredSeconds);
        } catch (IOException e) {
            throw new BenchException("Gatling (" + label + ") impossible à lancer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrompu", e);
        }
    }

    static Result read(String label, Path report, long measuredSeconds) throws IOException {
        JsonNode root = statsObject(Files.readString(report.resolve("js/stats.js")));
        Map<String, Stats> requests = new LinkedHashMap<>();
        root.path("contents").forEach(c -> {
            String name = c.path("name").asText();
            if (!name.startsWith(WARMUP)) {
                requests.put(name, stats(name, c.path("stats"), measuredSeconds));
            }
        });
        if (requests.isEmpty()) {
            throw new BenchException("Gatling (" + label + ") : aucune requête mesurée dans " + report);
        }
        return new Result(label, report, measured(requests.values()), requests);
    }

    /**
     * The measured requests together. Gatling gives percentiles per name only, so over several names
     * each percentile is the worst of theirs: a bound the true figure cannot exceed (if no name has
     * more than 1 % of its requests above x, neither has their union). Counts and throughput add up.
     */
    static Stats measured(java.util.Collection<Stats> names) {
        if (names.size() == 1) {
            Stats only = names.iterator().next();
            return new Stats("all", only.ok(), only.ko(), only.p50(), only.p95(), only.p99(), only.max(), only.mean(), only.rps());
        }
        long ok = 0;
        long ko = 0;
        double p50 = 0;
        double p95 = 0;
        double p99 = 0;
        double max = 0;
        double weighted = 0;
        double rps = 0;
        for (Stats n : names) {
            ok += n.ok();
            ko += n.ko();
            p50 = Math.max(p50, n.p50());
            p95 = Math.max(p95, n.p95());
            p99 = Math.max(p99, n.p99());
            max = Math.max(max, n.max());
            weighted += n.mean() * (n.ok() + n.ko());
            rps += n.rps();
        }
        return new Stats("all", ok, ko, p50, p95, p99, max, ok + ko == 0 ? Double.NaN : weighted / (ok + ko), rps);
    }

    /**
     * Gatling 3.13 writes its figures as a script, "var stats = {…}" with unquoted keys, followed by
     * functions: the object literal is cut out by brace matching and read leniently.
     */
    static JsonNode statsObject(String script) {
        int start = script.indexOf('{');
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (ch == '"' && script.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && ch == '{') {
                depth++;
            } else if (!inString && ch == '}' && --depth == 0) {
                try {
                    return LENIENT.readTree(script.substring(start, i + 1));
                } catch (IOException e) {
                    throw new BenchException("stats.js de Gatling illisible: " + e.getMessage(), e);
                }
            }
        }
        throw new BenchException("stats.js de Gatling incomplet");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper LENIENT = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_TRAILING_COMMA);

    /**
     * Gatling's own rate of a request is over the whole run, warm-up included: the measured rate is
     * the request's count over the measured seconds.
     */
    private static Stats stats(String name, JsonNode st, long measuredSeconds) {
        long ok = st.path("numberOfRequests").path("ok").asLong();
        long ko = st.path("numberOfRequests").path("ko").asLong();
        return new Stats(name, ok, ko,
                num(st.path("percentiles1")), num(st.path("percentiles3")), num(st.path("percentiles4")),
                num(st.path("maxResponseTime")), num(st.path("meanResponseTime")),
                (double) (ok + ko) / Math.max(1, measuredSeconds));
    }

    /** Figures over every request, failed ones included: a rush that fails fast must not look fast. */
    private static double num(JsonNode n) {
        JsonNode v = n.path("total");
        return v.isMissingNode() ? Double.NaN : v.asDouble(Double.NaN);
    }

    private static Path newestReport(Path folder, long since) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve("js/stats.js")))
                    .filter(d -> d.toFile().lastModified() >= since - 1000)
                    .max(Comparator.comparingLong(d -> d.toFile().lastModified())).orElse(null);
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

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
 */
public final class GatlingRun {

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

    public record Result(String label, Path report, Stats all, Map<String, Stats> requests) {
    }

    private GatlingRun() {
    }

    public static Result run(Settings s, String simulationClass, String label, Map<String, String> properties) {
        Path folder = s.results().resolve("gatling");
        try {
            Files.createDirectories(folder);
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-XX:+UseParallelGC",
                    // as gatling-maven-plugin does: Gatling's log writer reads String internals
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-Dgatling.data.enableAnalytics=false", "-Dgatling.core.runDescription=" + label));
            properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
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
            return read(label, renamed);
        } catch (IOException e) {
            throw new BenchException("Gatling (" + label + ") impossible à lancer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrompu", e);
        }
    }

    static Result read(String label, Path report) throws IOException {
        JsonNode root = statsObject(Files.readString(report.resolve("js/stats.js")));
        Map<String, Stats> requests = new LinkedHashMap<>();
        root.path("contents").forEach(c -> {
            String name = c.path("name").asText();
            requests.put(name, stats(name, c.path("stats")));
        });
        return new Result(label, report, stats("all", root.path("stats")), requests);
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

    private static Stats stats(String name, JsonNode st) {
        return new Stats(name, st.path("numberOfRequests").path("ok").asLong(),
                st.path("numberOfRequests").path("ko").asLong(),
                num(st.path("percentiles1")), num(st.path("percentiles3")), num(st.path("percentiles4")),
                num(st.path("maxResponseTime")), num(st.path("meanResponseTime")),
                num(st.path("meanNumberOfRequestsPerSecond")));
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

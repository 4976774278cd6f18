package fr.gouv.ptce.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What one run of the suite does and where the platform is. Defaults are the ports of `./ptce up`;
 * {@code -Dbench.quick=true} shrinks every size and duration so that the whole suite runs in a few
 * minutes (to check it end to end), {@code -Dbench.only=rush,reads} runs a subset.
 */
public record Settings(boolean quick, Set<String> only, Path root, Path results, String host,
                       int candidature, int evaluation, int financement, int notification,
                       int keycloak, int postgres, int kafka, int reference,
                       int rows, int porteurs, int classementDossiers, int eventSamples, int kafkaSamples,
                       Duration stage, Duration readDuration, Duration warmup, int readUsers, int deepRows, int[] rushRates,
                       Duration idle, int idleWindows) {

    public static Settings fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        String only = System.getProperty("bench.only", "").strip();
        Path root = Path.of(System.getProperty("bench.root", "../..")).toAbsolutePath().normalize();
        int offset = Integer.getInteger("bench.portOffset", 0);
        return new Settings(quick,
                only.isEmpty() ? Set.of() : Set.of(only.split(",")),
                root, root.resolve("benchmarks/target/results"), "localhost",
                8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset, 8180 + offset, 15432 + offset, 9092 + offset,
                Integer.getInteger("bench.referencePort", 8099),
                Integer.getInteger("bench.rows", quick ? 10_000 : 1_000_000),
                Integer.getInteger("bench.porteurs", quick ? 20 : 200),
                Integer.getInteger("bench.classement", quick ? 1_000 : 10_000),
                Integer.getInteger("bench.eventSamples", quick ? 30 : 200),
                Integer.getInteger("bench.kafkaSamples", quick ? 500 : 3_000),
                Duration.ofSeconds(Integer.getInteger("bench.stageSeconds", quick ? 6 : 20)),
                Duration.ofSeconds(Integer.getInteger("bench.readSeconds", quick ? 8 : 30)),
                Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", quick ? 3 : 10)),
                Integer.getInteger("bench.readUsers", 8),
                Integer.getInteger("bench.deepRows", quick ? 1_000 : 40_000),
                rates(System.getProperty("bench.rushRates"), quick),
                Duration.ofSeconds(Integer.getInteger("bench.idleSeconds", quick ? 15 : 60)),
                Integer.getInteger("bench.idleWindows", quick ? 1 : 3));
    }

    /** The rush's stages (submissions/s), e.g. {@code -Dbench.rushRates=20,40} to look at one level. */
    static int[] rates(String given, boolean quick) {
        if (given != null && !given.isBlank()) {
            return java.util.Arrays.stream(given.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        }
        return quick ? new int[] {2, 4, 8, 16} : new int[] {5, 10, 20, 40, 80, 160, 320, 640, 1280};
    }

    public boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    public String url(int port) {
        return "http://" + host + ":" + port;
    }

    public String jdbc(String database) {
        return "jdbc:postgresql://" + host + ":" + postgres + "/" + database;
    }
}

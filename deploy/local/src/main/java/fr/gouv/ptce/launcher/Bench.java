package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./ptce bench [--quick] [--baseline=<results.json>] [idle,reads,events,rush,ranking,footprint]}: the benchmark suite
 * (benchmarks/README.md) is a Maven build of its own against the running platform; this runs it
 * with the platform's port offset and returns its exit code.
 */
final class Bench {

    private Bench() {
    }

    static List<String> command(Path root, List<String> args, int portOffset) {
        boolean quick = false;
        String only = "";
        String baseline = "";
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--baseline=")) {
                baseline = Path.of(arg.substring("--baseline=".length())).toAbsolutePath().toString();
            } else if (arg.startsWith("-")) {
                throw new LauncherException(LauncherException.Kind.BAD_SETTING, "Unknown option '" + arg
                        + "' of bench: ./ptce bench [--quick] [--baseline=<results.json>] [idle,reads,events,rush,ranking,footprint]");
            } else {
                only = arg;
            }
        }
        return List.of(root.resolve("mvnw").toString(), "-B", "-Pbenchmarks", "-f", "benchmarks/pom.xml", "verify",
                "-Dbench.quick=" + quick, "-Dbench.only=" + only, "-Dbench.portOffset=" + portOffset,
                "-Dbench.baseline=" + baseline);
    }

    static int run(Path root, List<String> args, int portOffset) {
        try {
            Process maven = new ProcessBuilder(command(root, args, portOffset)).directory(root.toFile()).inheritIO().start();
            return maven.waitFor();
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.OTHER, "Cannot run the benchmarks: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}

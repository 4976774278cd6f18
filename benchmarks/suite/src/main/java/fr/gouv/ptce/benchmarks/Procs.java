package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Processes: resident memory from /proc, the platform's pids, JVMs the suite starts and stops. */
public final class Procs {

    private Procs() {
    }

    /**
     * A port nobody listens on now: other people's platforms (system tests use offsets such as
     * 28081) must never answer the probes of a JVM the suite starts.
     */
    public static int freePort(int preferred) {
        if (preferred > 0 && !Preflight.portOpen("localhost", preferred)) {
            return preferred;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BenchException("aucun port libre: " + e, e);
        }
    }

    /** Resident set size in MB, or NaN when the process is gone. */
    public static double rssMb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** The data folder of `./ptce up` (…/.ptce, or -Dbench.ptceData). */
    public static Path ptceData(Settings s) {
        return Path.of(System.getProperty("bench.ptceData", s.root().resolve(".ptce").toString()));
    }

    /** The pid `./ptce up` wrote for a service (…/.ptce/run/&lt;module&gt;.pid), or -1. */
    public static long platformPid(Settings s, String module) {
        Path file = ptceData(s).resolve("run").resolve(module + ".pid");
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Samples the RSS of some pids every 500 ms in the background and keeps the maximum. */
    public static final class Sampler implements AutoCloseable {
        private final Map<Long, Double> max = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        public Sampler(List<Long> pids) {
            thread = new Thread(() -> {
                while (running) {
                    for (long pid : pids) {
                        double rss = rssMb(pid);
                        if (!Double.isNaN(rss)) {
                            max.merge(pid, rss, Math::max);
                        }
                    }
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public double maxMb(long pid) {
            return max.getOrDefault(pid, Double.NaN);
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }

    /** A JVM the suite started; stopped (SIGTERM, then SIGKILL) by its own handle only. */
    public record Started(Process process, double readySeconds) implements AutoCloseable {
        public long pid() {
            return process.pid();
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /**
     * How a running platform service was started: its JVM options (what lies between the java
     * binary and -jar in its command line) and its whole environment, so that a second instance runs
     * exactly as the platform's does (heap settings, MALLOC_ARENA_MAX, the DS token key the prod
     * profile requires…); {@code fallback} options and an empty environment if unreadable.
     */
    public static Jvm platformJvm(long pid, List<String> fallback) {
        try {
            String[] cmd = Files.readString(Path.of("/proc/" + pid + "/cmdline")).split(String.valueOf((char) 0));
            List<String> options = new ArrayList<>();
            for (int i = 1; i < cmd.length && !cmd[i].equals("-jar"); i++) {
                options.add(cmd[i]);
            }
            Map<String, String> env = new java.util.HashMap<>();
            for (String e : Files.readString(Path.of("/proc/" + pid + "/environ")).split(String.valueOf((char) 0))) {
                int eq = e.indexOf('=');
                if (eq > 0) {
                    env.put(e.substring(0, eq), e.substring(eq + 1));
                }
            }
            return new Jvm(options.isEmpty() ? fallback : options, env);
        } catch (IOException | RuntimeException e) {
            return new Jvm(fallback, Map.of());
        }
    }

    /** {@code environment}: the platform process's, to which a caller adds or replaces its own values. */
    public record Jvm(List<String> options, Map<String, String> environment) {
        public Map<String, String> with(Map<String, String> env) {
            Map<String, String> all = new java.util.HashMap<>(environment);
            all.putAll(env);
            return all;
        }

        /** Only the allocator setting, for a process that is not this service (the reference app). */
        public Map<String, String> allocator() {
            String arena = environment.get("MALLOC_ARENA_MAX");
            return arena == null ? Map.of() : Map.of("MALLOC_ARENA_MAX", arena);
        }
    }

    /** Starts a Quarkus jar and waits until readyUrl answers 200: ready time = spawn → ready. */
    public static Started startJvm(List<String> jvmArgs, Path jar, Map<String, String> env, String readyUrl, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(GatlingRun.javaBin());
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            long deadline = start + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new BenchException(jar.getFileName() + " s'est arrêté au démarrage; voir " + log);
                }
                if (Http.up(readyUrl)) {
                    return new Started(p, (System.nanoTime() - start) / 1e9);
                }
                Thread.sleep(50);
            }
            p.destroyForcibly();
            throw new BenchException(jar + " pas prêt en 180 s; voir " + log);
        } catch (IOException e) {
            throw new BenchException(jar + " impossible à lancer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrompu", e);
        }
    }
}

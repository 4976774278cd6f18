package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform at rest: CPU time of each part while nobody calls it, measured before any other
 * scenario loads it and no sooner than {@link #SETTLED} after the youngest part started (the JIT
 * compiles for the first minutes, which is not what a replica costs all year).
 */
public final class IdleScenario {

    /** The "5 minutes after start". */
    static final long SETTLED = 300;

    /** Linux reports process start times in clock ticks; 100 per second on every kernel this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private IdleScenario() {
    }

    public static void run(Settings s, Report r) throws InterruptedException {
        long youngest = youngestPartAgeSeconds(s);
        if (youngest >= 0 && youngest < SETTLED) {
            Report.log("[idle] la plateforme a démarré il y a " + youngest + " s: attente jusqu'à " + SETTLED + " s");
            Thread.sleep((SETTLED - youngest) * 1000);
        }
        Report.log("[idle] CPU au repos : " + s.idleWindows() + " fenêtre(s) de " + s.idle().toSeconds() + " s");
        List<Map<String, Double>> windows = new ArrayList<>();
        for (int i = 0; i < Math.max(1, s.idleWindows()); i++) {
            CpuTime cpu = CpuTime.start(s);
            Thread.sleep(s.idle().toMillis());
            Map<String, Double> used = cpu.elapsed();
            double seconds = cpu.wallSeconds();
            Map<String, Double> msPerSecond = new LinkedHashMap<>();
            used.forEach((part, ms) -> msPerSecond.put(part, ms / seconds));
            windows.add(msPerSecond);
            Report.log("[idle] fenêtre " + (i + 1) + " : " + Latencies.round(platform(msPerSecond)) + " ms/s");
        }
        List<Double> totals = windows.stream().map(IdleScenario::platform).toList();
        double platform = median(totals);
        Map<String, Object> perPart = new LinkedHashMap<>();
        for (String part : windows.get(0).keySet()) {
            perPart.put(part, Latencies.round(median(windows.stream().map(w -> w.getOrDefault(part, 0.0)).toList())));
        }
        r.detail("idle", Map.of("windowSeconds", s.idle().toSeconds(),
                "platformMsPerSecondByWindow", totals.stream().map(Latencies::round).toList(),
                "cpuMsPerSecondMedian", perPart, "youngestPartAgeSeconds", Math.max(youngest, SETTLED)));
        // The figures keep their names (earlier runs' results are compared by name); each is a median.
        r.figure("0 idle", "whole platform at rest, CPU (every part, Keycloak included)", "ms/s", platform,
                null, null, "≤ 50 ms/s (0.05 core)", platform <= 50);
        for (String part : CpuTime.PARTS) {
            Object v = perPart.get(part);
            if (v instanceof Double d) {
                r.figure("0 idle", part + " at rest, CPU", "ms/s", d, null, null, null, null);
            }
        }
    }

    /** The parts' sum in one window (the machine's total and the shares are not parts). */
    static double platform(Map<String, Double> msPerSecond) {
        return msPerSecond.entrySet().stream().filter(e -> CpuTime.estUnePartie(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /**
     * The middle window: a burst in one minute (a JIT compilation, an hourly job) does not make the
     * figure, which a single sample let swing by ±12 ms/s between runs of the same code.
     */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Seconds since the most recently started part of the platform, or -1 when none is known. */
    static long youngestPartAgeSeconds(Settings s) {
        double uptime = uptimeSeconds();
        long youngest = -1;
        for (long pid : CpuTime.partPids(s).values()) {
            double started = startSeconds(pid);
            if (pid > 0 && !Double.isNaN(started) && !Double.isNaN(uptime)) {
                long age = (long) (uptime - started);
                youngest = youngest < 0 ? age : Math.min(youngest, age);
            }
        }
        return youngest;
    }

    private static double uptimeSeconds() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Field 22 of /proc/&lt;pid&gt;/stat: when the process started, in ticks since boot. */
    private static double startSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[19]) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}

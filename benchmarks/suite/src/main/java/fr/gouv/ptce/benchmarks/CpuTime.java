package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the two cores go during a load: CPU time (user + system) of each part of the platform — a
 * process and its descendants, so PostgreSQL's backends count with the infra process that started
 * them — and of the whole machine, from /proc. The difference is the load generator, the suite and
 * the rest of the machine.
 */
public final class CpuTime {

    /** Linux reports process times in clock ticks; 100 per second on every kernel this runs on. */
    private static final double MS_PER_TICK = 10.0;

    private final Map<String, Long> pids;
    private final Map<String, Double> start = new LinkedHashMap<>();
    private double machineStart;
    private long wallStart;
    private double jitStart;

    /** The entry of {@link #elapsed} that is a share of the parts' time, not a part: never added to them. */
    static final String JIT = "of which JIT compilers (all JVMs)";

    /** Whether an entry of {@link #elapsed} is a part of the platform (not the machine, the rest or a share). */
    static boolean estUnePartie(String entree) {
        return !entree.equals("machine") && !entree.startsWith("other") && !entree.equals(JIT);
    }

    private CpuTime(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** The platform's parts, as the figures name them. */
    static final java.util.List<String> PARTS = java.util.List.of("candidature-service", "evaluation-service",
            "financement-service", "notification-service", "kafka", "keycloak", "postgresql", "smtp and mailbox", "clamd");

    /** Each part's root process as `./ptce up` recorded it (-1 when not running). */
    static Map<String, Long> partPids(Settings s) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String part : PARTS.subList(0, 6)) {
            pids.put(part, Procs.platformPid(s, part));
        }
        pids.put("postgresql", postmaster(s));
        pids.put("smtp and mailbox", Procs.platformPid(s, "infra"));
        pids.put("clamd", Procs.platformPid(s, "clamd")); // scans every upload: part of a submission's cost
        return pids;
    }

    /** Starts counting for the platform's parts as `./ptce up` recorded them. */
    public static CpuTime start(Settings s) {
        Map<String, Long> pids = partPids(s);
        CpuTime t = new CpuTime(pids);
        pids.forEach((part, pid) -> t.start.put(part, treeMillis(pid)));
        t.jitStart = pids.values().stream().mapToDouble(CpuTime::jitMillis).sum();
        t.machineStart = machineBusyMillis();
        t.wallStart = System.nanoTime();
        return t;
    }

    public double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** CPU milliseconds used since {@link #start} per part, "machine" for all, and "other" for the rest. */
    public Map<String, Double> elapsed() {
        Map<String, Double> m = new LinkedHashMap<>();
        double parts = 0;
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            double used = treeMillis(e.getValue()) - start.get(e.getKey());
            m.put(e.getKey(), used);
            parts += used;
        }
        // Already counted in each JVM's part: how much of the parts' time the JIT compilers took (a
        // service compiles for many minutes after start, and again when a stage exercises new paths).
        m.put(JIT, pids.values().stream().mapToDouble(CpuTime::jitMillis).sum() - jitStart);
        double machine = machineBusyMillis() - machineStart;
        m.put("other (load generator, suite)", machine - parts);
        m.put("machine", machine);
        return m;
    }

    /** PostgreSQL's postmaster detaches from the launcher: its pid is the first line of postmaster.pid. */
    static long postmaster(Settings s) {
        Path file = Procs.ptceData(s).resolve("postgres").resolve("postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(file).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static double treeMillis(long root) {
        return overTree(root, CpuTime::processMillis);
    }

    /** The sum of {@code perProcess} over {@code root} and its descendants (0 when not running). */
    private static double overTree(long root, java.util.function.LongToDoubleFunction perProcess) {
        if (root <= 0) {
            return 0;
        }
        double total = 0;
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            long pid = todo.pop();
            total += perProcess.applyAsDouble(pid);
            for (long child : children(pid)) {
                todo.push(child);
            }
        }
        return total;
    }

    /** CPU time of the HotSpot compiler threads (C1, C2) of the process tree of {@code root}. */
    static double jitMillis(long root) {
        return overTree(root, CpuTime::compilerThreadsMillis);
    }

    private static double compilerThreadsMillis(long pid) {
        double total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(t.resolve("comm")).contains("CompilerThre")) {
                        total += threadMillis(t);
                    }
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
        return total;
    }

    private static double threadMillis(Path task) throws IOException {
        return statMillis(Files.readString(task.resolve("stat")));
    }

    private static double processMillis(long pid) {
        try {
            return statMillis(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** utime + stime of a /proc stat line (a process's or a thread's). */
    private static double statMillis(String stat) {
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK;
    }

    private static long[] children(long pid) {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.flatMap(t -> {
                try {
                    String c = Files.readString(t.resolve("children")).trim();
                    return c.isEmpty() ? java.util.stream.Stream.<String>empty() : java.util.Arrays.stream(c.split(" "));
                } catch (IOException e) {
                    return java.util.stream.Stream.<String>empty();
                }
            }).mapToLong(Long::parseLong).toArray();
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** Busy time of all cores (user, nice, system, irq, softirq, steal) from /proc/stat's first line. */
    static double machineBusyMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy * MS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}

package fr.gouv.ptce.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One program of the platform: how to prepare it, start it detached, and know it is ready. */
abstract class Part {

    protected final Layout layout;
    protected final Ports ports;

    Part(Layout layout, Ports ports) {
        this.layout = layout;
        this.ports = ports;
    }

    /** Short name: pid file, log file, status line. */
    abstract String name();

    /** What a person reads while waiting, e.g. "keycloak (http://localhost:8180)". */
    abstract String label();

    abstract List<String> command();

    /** The names, in {@link Ports#byName()}, of the ports this part listens on. */
    abstract List<String> portNames();

    Map<String, String> environment() {
        return Map.of();
    }

    /** One-time or per-start preparation done in the launcher's JVM before starting. */
    void prepare(Progress progress) {
    }

    abstract boolean ready();

    abstract Duration startTimeout();

    Duration stopGrace() {
        return Duration.ofSeconds(20);
    }

    long start() {
        return Processes.startDetached(command(), environment(), layout.dataDir(), layout.log(name()),
                layout.pidFile(name()));
    }

    /**
     * Every JVM the launcher starts samples its performance counters (what jstat and jcmd read) once
     * a second instead of every 50 ms: that sampling kept each idle JVM's "VM Periodic Task" thread at
     * 1.5–2.5 ms/s, the largest item of an idle service after the JIT (benchmarks/README.md, at rest).
     */
    static final String PERF_SAMPLING = "-XX:PerfDataSamplingInterval=1000";

    static String java() {
        String home = System.getProperty("java.home");
        return home == null ? "java" : home + "/bin/java";
    }
}

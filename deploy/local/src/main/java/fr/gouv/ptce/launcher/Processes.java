package fr.gouv.ptce.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts programs that outlive the launcher and stops them again by pid.
 *
 * <p>Each one runs in its own session ({@code setsid}), so a Ctrl-C in the terminal that ran
 * {@code ./ptce up} does not reach it, and everything it forks (Keycloak's java under kc.sh,
 * PostgreSQL under the infra process) shares its process group: {@link #stop} ends the whole group.
 */
final class Processes {

    private static final boolean HAS_SETSID = new File("/usr/bin/setsid").canExecute()
            || new File("/bin/setsid").canExecute();

    private Processes() {
    }

    /** Starts {@code command} detached, output appended to {@code log}, and records its pid. */
    static long startDetached(List<String> command, Map<String, String> env, Path workDir, Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            Files.createDirectories(workDir);
            List<String> full = new ArrayList<>();
            if (HAS_SETSID) {
                full.add("setsid");
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true);
            builder.environment().putAll(env);
            Files.writeString(log, "\n===== " + java.time.Instant.now() + " " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            long pid = builder.start().pid();
            Files.writeString(pidFile, Long.toString(pid));
            return pid;
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.START_FAILED,
                    "Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** The live process recorded in {@code pidFile}, if any (a stale file is ignored). */
    static Optional<ProcessHandle> alive(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Ends the process of {@code pidFile} and all of its process group: SIGTERM first (PostgreSQL,
     * Kafka and Keycloak shut down cleanly on it), SIGKILL for whatever is left after {@code grace}.
     */
    static boolean stop(Path pidFile, Duration grace) {
        Optional<ProcessHandle> root = alive(pidFile);
        boolean wasRunning = root.isPresent();
        if (root.isPresent()) {
            long pgid = root.get().pid();
            List<ProcessHandle> group = new ArrayList<>(groupMembers(pgid));
            root.get().descendants().forEach(d -> {
                if (!group.contains(d)) {
                    group.add(d);
                }
            });
            if (!group.contains(root.get())) {
                group.add(root.get());
            }
            // The root first: its own shutdown hooks stop its children in order.
            root.get().destroy();
            waitForExit(List.of(root.get()), grace);
            group.addAll(groupMembers(pgid).stream().filter(p -> !group.contains(p)).toList());
            group.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            waitForExit(group, grace);
            group.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            waitForExit(group, Duration.ofSeconds(5));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wasRunning;
    }

    /**
     * {@code kill -9} of the process of {@code pidFile} and its whole group, with no chance to shut
     * down cleanly: what the fault tests use to show that nothing is lost when a process dies.
     */
    static boolean kill(Path pidFile) {
        Optional<ProcessHandle> root = alive(pidFile);
        if (root.isPresent()) {
            List<ProcessHandle> group = new ArrayList<>(groupMembers(root.get().pid()));
            root.get().descendants().filter(d -> !group.contains(d)).forEach(group::add);
            if (!group.contains(root.get())) {
                group.add(root.get());
            }
            group.forEach(ProcessHandle::destroyForcibly);
            waitForExit(group, Duration.ofSeconds(10));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root.isPresent();
    }

    private static void waitForExit(List<ProcessHandle> processes, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && processes.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(200);
        }
    }

    /** Processes whose process group is {@code pgid} (Linux /proc; empty elsewhere). */
    static List<ProcessHandle> groupMembers(long pgid) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return List.of();
        }
        List<ProcessHandle> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // Fields after the command name (which may hold spaces) start after the last ')'.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[2]) == pgid) {
                        ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(members::add);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        return members;
    }

    /** Resident memory of the process, its descendants and its group, in kB (Linux /proc; 0 elsewhere). */
    static long rssKb(long pid) {
        long total = 0;
        List<ProcessHandle> all = new ArrayList<>(groupMembers(pid));
        ProcessHandle.of(pid).ifPresent(root -> {
            java.util.stream.Stream.concat(Stream.of(root), root.descendants()).forEach(p -> {
                if (!all.contains(p)) {
                    all.add(p);
                }
            });
        });
        for (ProcessHandle p : all) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        total += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // ended meanwhile
            }
        }
        return total;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.Kind.OTHER, "Interrupted");
        }
    }

    /** The last lines of a log, shown when a part fails to start. */
    static String tail(Path log, int lines) {
        try {
            // Lenient decoding: a log may hold bytes that are not UTF-8.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }
}

package fr.gouv.ptce.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `up` refuses before starting anything; no process is started here. */
class PlatformRefusalsTest {

    @TempDir
    Path data;

    private Platform platform() {
        Path root = Layout.findRepoRoot(Path.of("."));
        return new Platform(new Layout(root, data), Ports.defaults().offsetBy(20000), Progress.silent());
    }

    @Test
    void a_second_up_while_running_says_so_instead_of_starting_twins() throws Exception {
        // Pid files pointing at live processes are what "running" means; this JVM stands for them.
        Files.createDirectories(data.resolve("run"));
        for (String part : new String[] {"infra", "kafka", "keycloak"}) {
            Files.writeString(data.resolve("run/" + part + ".pid"), Long.toString(ProcessHandle.current().pid()));
        }
        Platform platform = platform();
        assertTrue(platform.isRunning());

        LauncherException e = assertThrows(LauncherException.class, platform::up);
        assertEquals(LauncherException.Kind.ALREADY_RUNNING, e.kind());
        assertTrue(e.getMessage().startsWith("PTCE is already running"), e.getMessage());
    }

    @Test
    void stale_pid_files_of_dead_processes_do_not_count_as_running() throws Exception {
        Files.createDirectories(data.resolve("run"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve("run/infra.pid"), Long.toString(gone.pid()));
        assertFalse(platform().isRunning());
    }

    @Test
    void status_of_a_platform_never_started_shows_every_part_stopped() {
        var status = platform().status();
        assertEquals(7, status.size());
        assertTrue(status.stream().allMatch(s -> s.pid() == null && !s.healthy()));
    }
}

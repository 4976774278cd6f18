package fr.gouv.ptce.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Platform platform = platform();
        pretendRunning(platform.partNames());
        assertTrue(platform.isRunning());

        LauncherException e = assertThrows(LauncherException.class, platform::up);
        assertEquals(LauncherException.Kind.ALREADY_RUNNING, e.kind());
        assertTrue(e.getMessage().startsWith("PTCE is already running"), e.getMessage());
    }

    @Test
    void up_while_partly_running_names_what_is_stopped_and_how_to_restart_it() throws Exception {
        pretendRunning(List.of("infra", "kafka", "keycloak", "clamd", "candidature-service", "financement-service"));

        LauncherException e = assertThrows(LauncherException.class, platform()::up);
        assertEquals(LauncherException.Kind.ALREADY_RUNNING, e.kind());
        assertTrue(e.getMessage().startsWith("PTCE is partly running"), e.getMessage());
        assertTrue(e.getMessage().contains("stopped: evaluation-service, notification-service"), e.getMessage());
        assertTrue(e.getMessage().contains("`./ptce restart evaluation-service notification-service`"), e.getMessage());
    }

    @Test
    void restart_refuses_when_nothing_runs_and_starts_nothing() {
        Platform platform = platform();
        LauncherException e = assertThrows(LauncherException.class, () -> platform.restart(List.of("candidature")));
        assertEquals(LauncherException.Kind.NOT_RUNNING, e.kind());
        assertTrue(e.getMessage().startsWith("PTCE is not running"), e.getMessage());
        assertFalse(platform.isRunning());
    }

    @Test
    void restart_of_a_service_refuses_while_what_it_needs_at_start_is_stopped() throws Exception {
        pretendRunning(List.of("infra", "candidature-service"));
        LauncherException e = assertThrows(LauncherException.class, () -> platform().restart(List.of("candidature")));
        assertEquals(LauncherException.Kind.NOT_RUNNING, e.kind());
        assertTrue(e.getMessage().contains("stopped: kafka, keycloak"), e.getMessage());
        assertTrue(e.getMessage().contains("`./ptce restart kafka keycloak candidature-service`"), e.getMessage());
    }

    @Test
    void restart_of_an_unknown_part_lists_the_parts() {
        LauncherException e = assertThrows(LauncherException.class, () -> platform().restart(List.of("postgres")));
        assertEquals(LauncherException.Kind.BAD_SETTING, e.kind());
        assertEquals("Unknown part 'postgres': the parts are infra, kafka, keycloak, clamd, candidature-service, "
                + "evaluation-service, financement-service, notification-service.", e.getMessage());
        e = assertThrows(LauncherException.class, () -> platform().restart(List.of()));
        assertEquals(LauncherException.Kind.BAD_SETTING, e.kind());
    }

    @Test
    void a_service_is_named_with_or_without_its_suffix() {
        assertEquals("evaluation-service", platform().partName("evaluation"));
        assertEquals("evaluation-service", platform().partName("Evaluation-Service"));
        assertEquals("kafka", platform().partName("kafka"));
    }

    /** Pid files pointing at a live process (this JVM) are what "running" means for these parts. */
    private void pretendRunning(List<String> parts) throws Exception {
        Files.createDirectories(data.resolve("run"));
        for (String part : parts) {
            Files.writeString(data.resolve("run/" + part + ".pid"), Long.toString(ProcessHandle.current().pid()));
        }
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
        assertEquals(8, status.size());
        assertTrue(status.stream().allMatch(s -> s.pid() == null && !s.healthy()));
    }
}

package fr.gouv.ptce.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code ./ptce} answers to a person: the help, bad settings and bad arguments (one line, no
 * stack trace, exit code ≠ 0), and the logs of a part. Nothing is started here.
 */
class CliTest {

    @TempDir
    Path data;

    private record Run(int code, String output) {
    }

    private Run run(Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(Map.of("PTCE_DATA", data.toString()));
        env.putAll(extraEnv);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Cli.run(args, env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineWithoutStackTrace(Run r) {
        assertEquals(1, r.output().strip().lines().count(), r.output());
        assertFalse(r.output().contains("Exception") || r.output().contains("\tat "), r.output());
    }

    @Test
    void help_lists_every_command() {
        Run r = run(Map.of(), "help");
        assertEquals(0, r.code());
        for (String command : new String[] {"up", "down", "status", "restart <part>", "logs <part>", "demo", "bench", "help"}) {
            assertTrue(r.output().contains("\n  " + command), command + " missing from:\n" + r.output());
        }
        assertTrue(r.output().contains("PTCE_PORT_OFFSET") && r.output().contains("PTCE_SERVICES"), r.output());
    }

    @Test
    void an_unknown_command_shows_the_help_and_fails() {
        Run r = run(Map.of(), "upp");
        assertEquals(64, r.code());
        assertTrue(r.output().startsWith("Unknown command 'upp'."), r.output());
        assertTrue(r.output().contains("restart <part>"), r.output());
    }

    @Test
    void a_port_offset_that_is_not_a_number_is_one_clear_line() {
        for (String bad : new String[] {"abc", "10k", "1.5", "99999999999999999999"}) {
            Run r = run(Map.of("PTCE_PORT_OFFSET", bad), "status");
            assertEquals(64, r.code(), r.output());
            assertOneLineWithoutStackTrace(r);
            assertTrue(r.output().startsWith("PTCE_PORT_OFFSET must be a whole number from 0 to 50103"), r.output());
            assertTrue(r.output().contains("got '" + bad + "'"), r.output());
        }
    }

    @Test
    void a_negative_port_offset_or_one_pushing_ports_past_65535_is_refused() {
        for (String bad : new String[] {"-1", "-100", "50104", "60000"}) {
            Run r = run(Map.of("PTCE_PORT_OFFSET", bad), "up");
            assertEquals(64, r.code(), bad + ": " + r.output());
            assertOneLineWithoutStackTrace(r);
            assertTrue(r.output().contains("highest port, 15432, plus the offset must stay within 65535"), r.output());
        }
    }

    @Test
    void the_largest_offset_keeps_every_port_valid() {
        assertEquals(65535, Ports.defaults().offsetBy(LauncherSettings.offset("50103")).highest());
        assertEquals(2000, LauncherSettings.offset(" 2000 "));
        assertEquals(0, LauncherSettings.offset(""));
    }

    @Test
    void an_unknown_service_in_ptce_services_is_named() {
        Run r = run(Map.of("PTCE_SERVICES", "candidature,paiement"), "up");
        assertEquals(64, r.code(), r.output());
        assertOneLineWithoutStackTrace(r);
        assertEquals("PTCE_SERVICES names an unknown service 'paiement': use some of candidature,evaluation,financement,"
                + "notification, comma-separated; got 'candidature,paiement'.", r.output().strip());

        Run none = run(Map.of("PTCE_SERVICES", " , "), "up");
        assertEquals(64, none.code());
        assertOneLineWithoutStackTrace(none);
        assertTrue(none.output().startsWith("PTCE_SERVICES names no service"), none.output());
    }

    @Test
    void ptce_services_accepts_short_and_module_names() {
        assertEquals(java.util.EnumSet.of(Service.CANDIDATURE, Service.NOTIFICATION),
                LauncherSettings.services("candidature, notification-service"));
        assertEquals(java.util.EnumSet.allOf(Service.class), LauncherSettings.services(null));
    }

    @Test
    void restart_of_an_unknown_part_or_while_stopped_says_so() {
        Run unknown = run(Map.of(), "restart", "kafkaa");
        assertEquals(64, unknown.code());
        assertOneLineWithoutStackTrace(unknown);
        assertTrue(unknown.output().startsWith("Unknown part 'kafkaa': the parts are infra, kafka, keycloak,"), unknown.output());

        Run stopped = run(Map.of(), "restart", "candidature-service");
        assertEquals(3, stopped.code());
        assertTrue(stopped.output().startsWith("PTCE is not running"), stopped.output());
    }

    @Test
    void logs_prints_the_end_of_a_parts_log() throws Exception {
        Files.createDirectories(data.resolve("logs"));
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 250; i++) {
            log.append("line ").append(i).append(" — démarrage\n");
        }
        Files.writeString(data.resolve("logs/candidature-service.log"), log);

        Run r = run(Map.of(), "logs", "candidature");
        assertEquals(0, r.code(), r.output());
        assertEquals(Logs.LINES, r.output().lines().count());
        assertTrue(r.output().startsWith("line 151 — démarrage\n"), r.output());
        assertTrue(r.output().endsWith("line 250 — démarrage\n"), r.output());
    }

    @Test
    void logs_of_a_part_without_log_or_of_no_part_say_so() {
        Run none = run(Map.of(), "logs", "kafka");
        assertEquals(1, none.code());
        assertTrue(none.output().startsWith("No log of kafka yet"), none.output());

        Run usage = run(Map.of(), "logs");
        assertEquals(64, usage.code());
        assertOneLineWithoutStackTrace(usage);
        assertTrue(usage.output().startsWith("Usage: ./ptce logs <part> [-f]"), usage.output());
    }

    @Test
    void bench_passes_the_checked_offset_and_refuses_unknown_options() {
        assertEquals(java.util.List.of("/repo/mvnw", "-B", "-Pbenchmarks", "-f", "benchmarks/pom.xml", "verify",
                        "-Dbench.quick=true", "-Dbench.only=reads,rush", "-Dbench.portOffset=2000", "-Dbench.baseline="),
                Bench.command(Path.of("/repo"), java.util.List.of("--quick", "reads,rush"), 2000));
        // An earlier run's results, relative to the repository (./ptce runs there), reach Maven as an absolute path.
        assertEquals("-Dbench.baseline=" + Path.of("avant/results.json").toAbsolutePath(),
                Bench.command(Path.of("/repo"), java.util.List.of("--baseline=avant/results.json", "idle"), 0).get(9));
        Run r = run(Map.of(), "bench", "--fast");
        assertEquals(64, r.code());
        assertOneLineWithoutStackTrace(r);
    }
}

package fr.gouv.ptce.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The environment the launcher gives the services; no process is started here. */
class ServicePartTest {

    @TempDir
    Path data;

    @TempDir
    Path otherData;

    /** A service part of a data folder whose Kafka log was formatted, as after the first `./ptce up`. */
    private ServicePart part(Path dataDir, Service service) {
        Layout layout = new Layout(Path.of("."), dataDir);
        if (KafkaUsers.read(layout).isEmpty()) {
            KafkaUsers.create(layout);
        }
        return new ServicePart(layout, Ports.defaults(), service);
    }

    /**
     * The JVM refuses to start on an option it does not know (TrimNativeHeapInterval needs JDK 17.0.9+):
     * the services' options are tried on the JDK the launcher runs them with.
     */
    @Test
    void the_jvm_options_the_launcher_gives_the_services_are_accepted_by_its_jdk() throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Part.java());
        command.addAll(ServicePart.JVM_OPTIONS);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), ServicePart.JVM_OPTIONS + " refused:\n" + out);
        assertFalse(out.contains("Unrecognized") || out.contains("warning"), out);
    }

    @Test
    void each_service_connects_to_kafka_as_its_own_scram_user() {
        for (Service s : Service.values()) {
            java.util.Map<String, String> env = part(data, s).environment();
            assertEquals("SCRAM-SHA-512", env.get("PTCE_KAFKA_SASL_MECHANISM"), s.name());
            assertTrue(env.get("PTCE_KAFKA_SASL_JAAS_CONFIG").contains("username=\"" + s.moduleName() + "\""),
                    s.name() + ": " + env.get("PTCE_KAFKA_SASL_JAAS_CONFIG"));
        }
    }

    @Test
    void a_data_folder_whose_kafka_was_never_formatted_is_refused_with_the_way_out() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> new ServicePart(new Layout(Path.of("."), otherData), Ports.defaults(), Service.EVALUATION).environment());
        assertTrue(e.getMessage().contains("start Kafka first (./ptce up)"), e.getMessage());
    }

    @Test
    void candidature_gets_a_long_ds_token_key_kept_in_the_data_folder_across_restarts() throws Exception {
        String key = part(data, Service.CANDIDATURE).environment().get("PTCE_DS_TOKEN_KEY");
        assertTrue(key != null && key.length() >= 32, "PTCE_DS_TOKEN_KEY of at least 32 characters: " + key);
        // a restart (a new launcher, a new part) reads the same key back: stored tokens stay readable
        assertEquals(key, part(data, Service.CANDIDATURE).environment().get("PTCE_DS_TOKEN_KEY"));
        assertEquals(key, Files.readString(data.resolve("secrets/ds-token-key")).strip());
        assertNotEquals(key, part(otherData, Service.CANDIDATURE).environment().get("PTCE_DS_TOKEN_KEY"),
                "each data folder has its own key");
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        part(data, Service.CANDIDATURE).environment();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("secrets/ds-token-key"))));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secrets"))));
        }
    }

    @Test
    void a_key_file_edited_to_a_short_key_is_refused_with_its_path() throws Exception {
        Files.createDirectories(data.resolve("secrets"));
        Files.writeString(data.resolve("secrets/ds-token-key"), "short\n");
        LauncherException e = assertThrows(LauncherException.class, () -> part(data, Service.CANDIDATURE).environment());
        assertTrue(e.getMessage().contains("ds-token-key holds a key shorter than 32 characters"), e.getMessage());
    }

    @Test
    void the_other_services_do_not_get_the_ds_token_key() {
        for (Service s : new Service[] {Service.EVALUATION, Service.FINANCEMENT, Service.NOTIFICATION}) {
            assertFalse(part(data, s).environment().containsKey("PTCE_DS_TOKEN_KEY"), s.name());
        }
        assertFalse(Files.exists(data.resolve("secrets/ds-token-key")));
    }
}

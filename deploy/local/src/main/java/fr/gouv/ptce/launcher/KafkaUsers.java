package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The SCRAM-SHA-512 users of the local broker and their passwords: the launcher's super user
 * {@link #ADMIN} (topics and ACLs) and one user per service, named after it as its KafkaUser is in
 * production. Random passwords, generated with the broker's log (the users are written into it when it is
 * formatted) and kept in the data folder's secrets, owner-only.
 */
final class KafkaUsers {

    static final String ADMIN = "ptce-admin";
    static final String MECHANISM = "SCRAM-SHA-512";

    private final Map<String, String> passwords;

    private KafkaUsers(Map<String, String> passwords) {
        this.passwords = passwords;
    }

    /** The users of this data folder's broker; none if its log was formatted before SCRAM (or never). */
    static java.util.Optional<KafkaUsers> read(Layout layout) {
        Path file = layout.kafkaCredentialsFile();
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(n -> passwords.put(n, p.getProperty(n)));
        return java.util.Optional.of(new KafkaUsers(passwords));
    }

    /** The users of this data folder's broker, which must have been formatted by this launcher. */
    static KafkaUsers of(Layout layout) {
        return read(layout).orElseThrow(() -> new LauncherException(LauncherException.Kind.NOT_RUNNING,
                "No Kafka users in " + layout.kafkaCredentialsFile() + ": start Kafka first (./ptce up)."));
    }

    /** New passwords for the admin and every service, saved before the log is formatted with them. */
    static KafkaUsers create(Layout layout) {
        SecureRandom random = new SecureRandom();
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, password(random));
        for (Service s : Service.values()) {
            passwords.put(s.moduleName(), password(random));
        }
        Properties p = new Properties();
        p.putAll(passwords);
        try {
            // The folder of the passwords is the owner's only, as for the DS token key beside them.
            Files.createDirectories(layout.secretsDir(), DsTokenKey.ownerOnly("rwx------"));
            Path tmp = Files.createTempFile(layout.secretsDir(), "kafka-users", ".tmp", DsTokenKey.ownerOnly("rw-------"));
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, "SCRAM-SHA-512 users of the local Kafka broker (written into its log at format time)");
            }
            Files.move(tmp, layout.kafkaCredentialsFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KafkaUsers(passwords);
    }

    private static String password(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code kafka-storage format --add-scram} arguments: every user, written into the new log. */
    java.util.List<String> formatArguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        passwords.forEach((user, password) -> {
            args.add("--add-scram");
            args.add(MECHANISM + "=[name=" + user + ",password=" + password + "]");
        });
        return args;
    }

    /** The JAAS line of {@code user}: what a client sets as sasl.jaas.config (PTCE_KAFKA_SASL_JAAS_CONFIG). */
    String jaas(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new LauncherException(LauncherException.Kind.OTHER, "No Kafka user " + user + " in this data folder");
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** The client settings of {@code user} on the local broker's SASL_PLAINTEXT listener. */
    Map<String, Object> clientConfig(String user, int port) {
        return Map.of("bootstrap.servers", "localhost:" + port, "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", MECHANISM, "sasl.jaas.config", jaas(user));
    }
}

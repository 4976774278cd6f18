package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The local broker's SCRAM users, as `./ptce up` wrote them in its data folder ({@code PTCE_DATA},
 * default {@code .ptce}): the raw-Kafka reference connects as the launcher's super user, a second
 * instance of a service as that service (its ACLs), as the launcher's own processes do.
 */
final class KafkaUsers {

    static final String ADMIN = "ptce-admin";

    private KafkaUsers() {
    }

    /** Client settings of {@code user} (SASL_PLAINTEXT, SCRAM-SHA-512) on the platform's broker. */
    static Properties client(Settings s, String user) {
        Properties p = new Properties();
        p.put("bootstrap.servers", s.host() + ":" + s.kafka());
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", jaas(s, user));
        return p;
    }

    static String jaas(Settings s, String user) {
        String data = System.getenv("PTCE_DATA");
        Path file = (data == null || data.isBlank() ? s.root().resolve(".ptce") : Path.of(data))
                .resolve("secrets/kafka-users.properties");
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            users.load(in);
        } catch (IOException e) {
            throw new BenchException("utilisateurs Kafka illisibles (" + file + "): " + e.getMessage(), e);
        }
        String password = users.getProperty(user);
        if (password == null) {
            throw new BenchException("pas d'utilisateur Kafka " + user + " dans " + file);
        }
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }
}

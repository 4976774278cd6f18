package fr.gouv.ptce.commons.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.metadata.UserScramCredentialRecord;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.ApiMessageAndVersion;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real servers a {@code @QuarkusTest} runs against, started once per JVM: a PostgreSQL
 * (zonky's embedded binaries, a real server process) and a single-node KRaft Kafka broker in the
 * JVM, secured as in production (SASL/SCRAM-SHA-512, ACLs per service from {@link AccesKafka}). Their addresses are published as system properties, so every class loader sees the same.
 */
public final class TestInfrastructure {

    static final String PG_PORT = "ptce.test.pg.port";
    static final String KAFKA = "ptce.test.kafka.bootstrap";
    /** The tests' super user: creates topics and ACLs, sends and reads as any service could. */
    public static final String ADMIN = "ptce-admin";
    private static final String SCRAM = "SCRAM-SHA-512";
    private static final String BROKER_LISTENER = "EXTERNAL";

    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    private TestInfrastructure() {
    }

    public static synchronized int postgresPort() {
        String port = System.getProperty(PG_PORT);
        if (port != null) {
            return Integer.parseInt(port);
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL embarqué impossible à démarrer", e);
        }
        System.setProperty(PG_PORT, String.valueOf(postgres.getPort()));
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopPostgres));
        return postgres.getPort();
    }

    public static synchronized String kafkaBootstrap() {
        String servers = System.getProperty(KAFKA);
        if (servers != null) {
            return servers;
        }
        try {
            kafka = new KafkaClusterTestKit.Builder(nodes())
                    // As in production and ./ptce up: SASL/SCRAM-SHA-512 for every client, the StandardAuthorizer
                    // with no access without an ACL, the tests' admin as the only super user.
                    .setConfigProp("listener.security.protocol.map", BROKER_LISTENER + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
                    .setConfigProp("sasl.enabled.mechanisms", SCRAM)
                    .setConfigProp("sasl.mechanism.inter.broker.protocol", SCRAM)
                    .setConfigProp("listener.name." + BROKER_LISTENER.toLowerCase() + ".scram-sha-512.sasl.jaas.config",
                            jaas(ADMIN))
                    .setConfigProp("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    // ANONYMOUS: the node itself on the controller listener (PLAINTEXT, KRaft controllers have no
                    // SCRAM); clients only reach the SASL listener, where every principal is authenticated.
                    .setConfigProp("super.users", "User:" + ADMIN + ";User:ANONYMOUS")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            Map<String, Object> admin = new HashMap<>(clientConfig(ADMIN));
            admin.put("bootstrap.servers", kafka.bootstrapServers());
            AccesKafka.appliquer(admin);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka embarqué impossible à démarrer", e);
        }
        System.setProperty(KAFKA, kafka.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopKafka));
        return kafka.bootstrapServers();
    }

    /**
     * The connection settings (besides the brokers) of a Kafka client acting as {@code user}: the tests'
     * admin {@link #ADMIN} or a service (e.g. {@code candidature-service}), whose rights are its ACLs.
     */
    public static Map<String, Object> clientConfig(String user) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM, "sasl.jaas.config", jaas(user));
    }

    /**
     * The admin's connection settings for {@code bootstrapServers} if it is the shared broker; none for
     * another (a plain broker of a test's own, e.g. one it kills and restarts).
     */
    public static Map<String, Object> connexionAdmin(String bootstrapServers) {
        return bootstrapServers.equals(System.getProperty(KAFKA)) ? clientConfig(ADMIN) : Map.of();
    }

    /** The same with the brokers' address: what a producer, consumer or admin client needs. */
    public static Map<String, Object> kafkaClient(String user) {
        Map<String, Object> config = new HashMap<>(clientConfig(user));
        config.put("bootstrap.servers", kafkaBootstrap());
        return config;
    }

    /** A single combined node whose bootstrap metadata holds the SCRAM credentials of every user. */
    private static TestKitNodes nodes() throws Exception {
        TestKitNodes defaults = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build();
        List<ApiMessageAndVersion> records = new ArrayList<>(defaults.bootstrapMetadata().records());
        List<String> users = new ArrayList<>(AccesKafka.parService().keySet());
        users.add(ADMIN);
        ScramFormatter formatter = new ScramFormatter(ScramMechanism.SCRAM_SHA_512);
        for (String user : users) {
            ScramCredential credential = formatter.generateCredential(password(user), 4096);
            records.add(new ApiMessageAndVersion(new UserScramCredentialRecord().setName(user)
                    .setMechanism(ScramMechanism.SCRAM_SHA_512.type()).setSalt(credential.salt())
                    .setStoredKey(credential.storedKey()).setServerKey(credential.serverKey())
                    .setIterations(credential.iterations()), (short) 0));
        }
        return new TestKitNodes.Builder(BootstrapMetadata.fromRecords(records, "ptce-tests"))
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBrokerListenerName(new ListenerName(BROKER_LISTENER)).build();
    }

    /** Test passwords: known to the tests only, the broker lives as long as the JVM on a local port. */
    private static String password(String user) {
        return user + "-mot-de-passe-de-test";
    }

    private static String jaas(String user) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password(user) + "\";";
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    /** Creates the database (one per service, as in production) if it does not exist yet. */
    public static synchronized void ensureDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rs.next()) {
                st.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Base " + database + " impossible à créer", e);
        }
    }

    private static void stopPostgres() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    private static void stopKafka() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }
}

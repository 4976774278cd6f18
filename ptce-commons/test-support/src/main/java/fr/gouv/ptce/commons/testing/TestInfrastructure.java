package fr.gouv.ptce.commons.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real servers a {@code @QuarkusTest} runs against, started once per JVM: a PostgreSQL
 * (zonky's embedded binaries, a real server process) and a single-node KRaft Kafka broker in the
 * JVM. Their addresses are published as system properties, so every class loader sees the same.
 */
public final class TestInfrastructure {

    static final String PG_PORT = "ptce.test.pg.port";
    static final String KAFKA = "ptce.test.kafka.bootstrap";

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
            kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka embarqué impossible à démarrer", e);
        }
        System.setProperty(KAFKA, kafka.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopKafka));
        return kafka.bootstrapServers();
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

package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A single-node KRaft Kafka broker run from the kafka_2.13 jars; its log survives restarts. */
final class KafkaPart extends Part {

    KafkaPart(Layout layout, Ports ports) {
        super(layout, ports);
    }

    @Override
    String name() {
        return "kafka";
    }

    @Override
    String label() {
        return "kafka localhost:" + ports.kafka();
    }

    private Path config() {
        return layout.kafkaDir().resolve("server.properties");
    }

    private Path logConfig() {
        return layout.kafkaDir().resolve("log4j2.properties");
    }

    private Path dataDir() {
        return layout.kafkaDir().resolve("data");
    }

    @Override
    void prepare(Progress progress) {
        try {
            Files.createDirectories(layout.kafkaDir());
            boolean formatted = Files.isRegularFile(dataDir().resolve("meta.properties"));
            if (formatted && KafkaUsers.read(layout).isEmpty()) {
                // A log of a launcher before SCRAM: its users cannot be added offline. Its events are
                // already in the services' databases (outbox and inbox), only the broker's copy goes.
                progress.step("Kafka's log predates its SCRAM users: formatting it again (its records are dropped)");
                deleteTree(dataDir());
                formatted = false;
            }
            KafkaUsers users = KafkaUsers.read(layout).orElseGet(() -> KafkaUsers.create(layout));
            Files.writeString(config(), serverProperties(users));
            Files.writeString(logConfig(), LOG4J2);
            if (!formatted) {
                progress.step("formatting the Kafka log folder with its SCRAM users (first start only)");
                format(users);
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.START_FAILED, "Cannot prepare Kafka: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void format(KafkaUsers users) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-Xmx256m", "-cp", layout.kafkaLib() + "/*",
                "-Dlog4j2.configurationFile=" + logConfig(), "kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", config().toString()));
        command.addAll(users.formatArguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(name()).toFile()));
        Files.createDirectories(layout.logs());
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new LauncherException(LauncherException.Kind.START_FAILED,
                        "Formatting Kafka's log folder failed (exit " + exit + "); see " + layout.log(name()) + ":\n"
                                + Processes.tail(layout.log(name()), 15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.Kind.OTHER, "Interrupted");
        }
    }

    /** Kafka's cluster ids are 16 random bytes in URL-safe base64; one starting with '-' reads as an option. */
    private static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    /**
     * As production's clients see it: SASL/SCRAM-SHA-512 on the only client listener, the StandardAuthorizer
     * with nothing allowed without an ACL, the launcher's admin as the only super user of the client
     * listener (the broker also talks to itself as the admin). The controller listener stays on localhost
     * without SASL.
     */
    private String serverProperties(KafkaUsers users) {
        String adminJaas = users.jaas(KafkaUsers.ADMIN);
        return String.join("\n",
                "# Written by the PTCE launcher at every start (ports may change); edits are lost.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + ports.kafkaController(),
                "listeners=SASL_PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:" + ports.kafkaController(),
                "advertised.listeners=SASL_PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=" + KafkaUsers.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaUsers.MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + adminJaas,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                // ANONYMOUS is the node itself on the controller listener (localhost, PLAINTEXT: KRaft
                // controllers have no SCRAM); a client on the SASL listener is always authenticated.
                "super.users=User:" + KafkaUsers.ADMIN + ";User:ANONYMOUS",
                "log.dirs=" + dataDir(),
                // The launcher creates the catalogue's topics (KafkaAcls); only the admin may create others.
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // The one controller writes a no-op record to the metadata log every 500 ms by default, so
                // that other nodes see it alive; with no other node that is the broker's main work at rest.
                "metadata.max.idle.interval.ms=10000",
                // Kafka's defaults (8 request handlers, 3 network threads per listener) are sized for a
                // server; each idle thread wakes every 300 ms to look at its queue. One node on a developer's
                // machine or a CI runner of two cores has no use for more threads than cores.
                "num.io.threads=2",
                "num.network.threads=1",
                "") ;
    }

    private static final String LOG4J2 = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = OUT",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.out.ref = OUT",
            "logger.state.name = state.change.logger",
            "logger.state.level = WARN",
            "");

    @Override
    List<String> portNames() {
        return List.of("kafka", "kafka controller");
    }

    @Override
    List<String> command() {
        return List.of(java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", PERF_SAMPLING,
                "-Dlog4j2.configurationFile=" + logConfig(), "-cp", layout.kafkaLib() + "/*",
                "kafka.Kafka", config().toString());
    }

    @Override
    boolean ready() {
        return PortCheck.answers(ports.kafka());
    }

    /** Once the broker listens: the catalogue's topics and the services' ACLs (KafkaAcls), before any service starts. */
    void grantAccess() {
        KafkaAcls.apply(layout, KafkaUsers.of(layout), ports.kafka());
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(300);
    }
}

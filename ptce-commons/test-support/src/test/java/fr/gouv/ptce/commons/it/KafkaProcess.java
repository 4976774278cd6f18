package fr.gouv.ptce.commons.it;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-node KRaft broker in a process of its own ({@code kafka.Kafka} from the test class path),
 * so that a test can kill it as a crash would (SIGKILL) and start it again on the same port with the
 * same log directory: what was acknowledged before survives, as with a real broker restart.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path dir;
    private final Path properties;
    private final int port;
    private Process process;

    private KafkaProcess(Path dir, int port, int controllerPort) throws IOException {
        this.dir = dir;
        this.port = port;
        this.properties = dir.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
    }

    /** Formats the storage of a new broker in a temporary directory (not started yet). */
    static KafkaProcess format() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ptce-kafka-process");
        KafkaProcess kafka = new KafkaProcess(dir, freePort(), freePort());
        Process format = kafka.java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", kafka.properties.toString()).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatage du broker en échec, voir " + dir.resolve("kafka.log"));
        }
        return kafka;
    }

    String bootstrap() {
        return "localhost:" + port;
    }

    /** Starts the broker and returns once it answers. */
    void start() throws IOException, InterruptedException {
        process = java("kafka.Kafka", properties.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("le broker s'est arrêté, voir " + dir.resolve("kafka.log"));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("le broker ne répond pas, voir " + dir.resolve("kafka.log"));
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    /** Kills the broker without letting it shut down cleanly, as a crash would. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    @Override
    public void close() throws Exception {
        kill();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        File log = dir.resolve("kafka.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

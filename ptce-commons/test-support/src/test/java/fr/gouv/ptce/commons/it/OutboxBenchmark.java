package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.outbox.OutboxRelayLifecycle;
import fr.gouv.ptce.commons.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;

/**
 * Not a timed test: it measures and prints. Excluded from the default run (tag "benchmark"); run it
 * with {@code ./mvnw -B -o -f ptce-commons/pom.xml -pl test-support test -Dtest=OutboxBenchmark
 * -Dptce.test.excluded-groups=none}. It prints, on the shared in-JVM broker and PostgreSQL:
 * <ul>
 * <li>commit → consumption: from the return of the @Transactional method that wrote the event to the
 * moment the consumer's handler applies it (LISTEN/NOTIFY wake-up, relay, Kafka, consumer poll,
 * EventInbox transaction included), one event at a time;</li>
 * <li>raw Kafka produce → consume on the same broker, with the relay's producer settings;</li>
 * <li>outbox throughput: a backlog written while the relay is suspended, then drained.</li>
 * </ul>
 */
@Tag("benchmark")
@QuarkusTest
class OutboxBenchmark {

    private static final int WARMUP = 100;
    private static final int SAMPLES = 1000;
    private static final int BACKLOG = 20_000;
    private static final int PER_TRANSACTION = 100;
    private static final Duration GAP = Duration.ofMillis(3);

    @Inject
    EssaiEvenementsService service;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Test
    void mesurer() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> report = new ArrayList<>();
        report.add("Banc d'essai outbox (" + Runtime.getRuntime().availableProcessors() + " cœurs, "
                + SAMPLES + " échantillons après " + WARMUP + " d'échauffement)");

        report.add(line("commit → consommation (outbox + relais + Kafka + EventInbox)", commitToConsumption(run)));
        System.out.println(report.get(report.size() - 1));
        report.add(line("Kafka brut produce → consume (même broker, linger.ms=0, acks=all)", rawKafka(run)));
        System.out.println(report.get(report.size() - 1));
        report.add(throughput(run));

        System.out.println("==== Banc d'essai outbox ====");
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmark-outbox.txt");
        Files.write(out, report);
        System.out.println("(aussi dans " + out.toAbsolutePath() + ")");
    }

    private List<Double> commitToConsumption(String run) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + SAMPLES; i++) {
            String texte = "bench-" + run + "-" + i;
            service.ecrire("ptce.essai", "bench-" + run + "-" + (i % 8), List.of(texte), i, false);
            long committed = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofNanos(200_000))
                    .until(() -> EssaiConsumer.APPLIED_AT.containsKey(texte));
            if (i >= WARMUP) {
                millis.add((EssaiConsumer.APPLIED_AT.get(texte) - committed) / 1e6);
            }
            pause();
        }
        return millis;
    }

    private List<Double> rawKafka(String run) throws Exception {
        String topic = "ptce.bench.brut-" + run;
        Map<Long, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Object> producerConfig = TestInfrastructure.kafkaClient(TestInfrastructure.ADMIN);
        producerConfig.putAll(Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0));
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new LongSerializer())) {
            producer.send(new ProducerRecord<>(topic, "x", -1L)).get(); // creates the topic
            Thread reader = new Thread(() -> {
                Map<String, Object> consumerConfig = TestInfrastructure.kafkaClient(TestInfrastructure.ADMIN);
                consumerConfig.putAll(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + run,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
                try (KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                        new LongDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    while (!stop.get()) {
                        for (ConsumerRecord<String, Long> r : consumer.poll(Duration.ofMillis(100))) {
                            received.put(r.value(), System.nanoTime());
                        }
                    }
                }
            });
            reader.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> received.containsKey(-1L));
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARMUP + SAMPLES; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k" + (i % 8), sent));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofNanos(200_000))
                        .until(() -> received.containsKey(sent));
                if (i >= WARMUP) {
                    millis.add((received.get(sent) - sent) / 1e6);
                }
                pause();
            }
            stop.set(true);
            reader.join(5000);
            return millis;
        }
    }

    private String throughput(String run) {
        String topic = "ptce.bench.debit-" + run;
        lifecycle.suspend();
        long written;
        try {
            long start = System.nanoTime();
            for (int t = 0; t < BACKLOG / PER_TRANSACTION; t++) {
                List<String> textes = new ArrayList<>();
                for (int i = 0; i < PER_TRANSACTION; i++) {
                    textes.add("debit-" + i);
                }
                service.ecrire(topic, "debit-" + run + "-" + (t % 16), textes, 0, false);
            }
            written = System.nanoTime() - start;
        } finally {
            lifecycle.resume();
        }
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                Sql.count("select count(*) from ptce_outbox where topic = ? and published_at is null", topic) == 0);
        long drained = System.nanoTime() - start;
        return String.format("débit : écriture %.0f événements/s (%d par transaction) ; relais %.0f événements/s "
                        + "(%d événements en retard publiés en %.2f s, lots de 500, acks=all)",
                BACKLOG / (written / 1e9), PER_TRANSACTION, BACKLOG / (drained / 1e9), BACKLOG, drained / 1e9);
    }

    private static String line(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("%s : médiane %.2f ms, p99 %.2f ms, max %.2f ms", label, percentile(sorted, 50),
                percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void pause() {
        try {
            TimeUnit.NANOSECONDS.sleep(GAP.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

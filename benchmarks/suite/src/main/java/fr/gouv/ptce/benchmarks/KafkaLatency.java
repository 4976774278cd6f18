package fr.gouv.ptce.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The raw Kafka reference: produce → consume latency on the platform's broker, in one JVM (same
 * clock), acks=all and an idempotent producer as the outbox relays use: {@link #oneAtATime} at the
 * events scenario's pace; {@link #measure} one message per ms, with linger.ms=0 and with the client's
 * default (5 ms in Kafka 4). The first {@link #WARMUP} messages of a {@link #measure} are not
 * counted: the first run otherwise paid the clients' JIT warm-up and looked slower with linger.ms=0
 * than the second one with 5 ms.
 */
public final class KafkaLatency {

    static final int WARMUP = 500;

    private KafkaLatency() {
    }

    public static Latencies measure(Settings s, Integer lingerMs, int messages) {
        String topic = sujet(s);
        Latencies lat = new Latencies();
        try (KafkaProducer<String, Long> producer = producteur(s, lingerMs);
             KafkaConsumer<String, Long> consumer = lecteurEnFin(s, topic)) {
            CountDownLatch done = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                int seen = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (seen < messages + WARMUP && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, Long> r : consumer.poll(Duration.ofMillis(100))) {
                        if (seen++ >= WARMUP) {
                            lat.add(System.nanoTime() - r.value());
                        }
                    }
                }
                done.countDown();
            }, "kafka-reader");
            reader.start();
            producer.send(new ProducerRecord<>(topic, "warm-up", System.nanoTime())).get();
            for (int i = 0; i < messages + WARMUP - 1; i++) {
                producer.send(new ProducerRecord<>(topic, "bench-" + (i % 16), System.nanoTime()));
                Thread.sleep(1);
            }
            producer.flush();
            done.await(130, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new BenchException("mesure Kafka impossible: " + e.getMessage(), e);
        }
        return lat;
    }

    /**
     * The same produce → consume, at the events scenario's pace: one message, wait until it is read,
     * {@code pause} of nothing, the next one (linger.ms=0). Between two messages every thread on the path
     * falls asleep and each hop pays a wake-up, as the platform's events do; at one message per ms
     * they stay awake and the same broker answers 3–4 times faster (0.8 against 3.3 ms at p50 here).
     * {@code warm} first messages are not counted.
     */
    public static Latencies oneAtATime(Settings s, int messages, int warm, Duration pause) {
        String topic = sujet(s);
        Latencies lat = new Latencies();
        try (KafkaProducer<String, Long> producer = producteur(s, 0);
             KafkaConsumer<String, Long> consumer = lecteurEnFin(s, topic)) {
            for (int i = 0; i < messages + warm; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "un-par-un", sent));
                long deadline = sent + TimeUnit.SECONDS.toNanos(30);
                boolean read = false;
                while (!read && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, Long> r : consumer.poll(Duration.ofMillis(100))) {
                        if (r.value() == sent) {
                            read = true;
                            if (i >= warm) {
                                lat.add(System.nanoTime() - sent);
                            }
                        }
                    }
                }
                if (!read) {
                    throw new BenchException("message Kafka non lu en 30 s");
                }
                Thread.sleep(pause.toMillis());
            }
        } catch (BenchException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchException("mesure Kafka impossible: " + e.getMessage(), e);
        }
        return lat;
    }

    private static String sujet(Settings s) {
        String topic = "ptce.bench.latence";
        try (Admin a = Admin.create(KafkaUsers.client(s, KafkaUsers.ADMIN))) {
            if (!a.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
                a.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new BenchException("sujet Kafka " + topic + " impossible à créer: " + e.getMessage(), e);
        }
        return topic;
    }

    /** acks=all and idempotent, as the outbox relays; {@code lingerMs} null: the client's default. */
    private static KafkaProducer<String, Long> producteur(Settings s, Integer lingerMs) {
        Properties pc = KafkaUsers.client(s, KafkaUsers.ADMIN);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        if (lingerMs != null) {
            pc.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs.toString());
        }
        return new KafkaProducer<>(pc, new StringSerializer(), new LongSerializer());
    }

    /** A consumer of the topic's one partition, placed at its end: it reads what is sent from now on. */
    private static KafkaConsumer<String, Long> lecteurEnFin(Settings s, String topic) {
        Properties cc = KafkaUsers.client(s, KafkaUsers.ADMIN);
        cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, Long> consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new LongDeserializer());
        TopicPartition tp = new TopicPartition(topic, 0);
        try {
            consumer.assign(List.of(tp));
            consumer.seekToEnd(List.of(tp));
            consumer.position(tp);
            return consumer;
        } catch (RuntimeException e) {
            consumer.close(); // not handed out: the caller's try-with-resources would not close it
            throw e;
        }
    }
}

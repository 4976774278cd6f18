package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker's ACLs as this service meets them with its own credentials (the tests' broker is secured
 * as production is, from the same topics.json): it publishes its own topics, not another service's, a
 * €100,000 selection on ptce.decisions included; it reads what it consumes with its own group only.
 */
class DroitsKafkaTest {

    private static final String SERVICE = "candidature-service";

    @Test
    void publie_sur_ses_topics() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            var metadata = producer.send(new ProducerRecord<>("ptce.candidatures", "cle", "{}")).get();
            assertEquals("ptce.candidatures", metadata.topic());
            assertTrue(metadata.offset() >= 0);
        }
    }

    @Test
    void ne_publie_pas_sur_le_topic_d_un_autre_service() {
        for (String topic : List.of("ptce.financements", "ptce.decisions", "ptce.instructions")) {
            try (KafkaProducer<String, String> producer = producer()) {
                ExecutionException refus = assertThrows(ExecutionException.class,
                        () -> producer.send(new ProducerRecord<>(topic, "cle", "{}")).get(), topic);
                assertInstanceOf(TopicAuthorizationException.class, refus.getCause(), topic);
            }
        }
    }

    @Test
    void lit_ce_qu_il_consomme_avec_son_groupe_seulement() {
        // Its own group on a topic it consumes: accepted (poll returns, possibly with records).
        try (KafkaConsumer<String, String> consumer = consumer(SERVICE)) {
            consumer.subscribe(List.of("ptce.decisions"));
            consumer.poll(Duration.ofSeconds(5));
        }
        // Another service's group: refused, its offsets are not this service's to move.
        try (KafkaConsumer<String, String> consumer = consumer("financement-service")) {
            consumer.subscribe(List.of("ptce.decisions"));
            assertThrows(GroupAuthorizationException.class, () -> poll(consumer));
        }
        // A topic it does not consume (financements): refused, even with its own group.
        try (KafkaConsumer<String, String> consumer = consumer(SERVICE)) {
            consumer.subscribe(List.of("ptce.financements"));
            assertThrows(TopicAuthorizationException.class, () -> poll(consumer));
        }
    }

    private static void poll(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(500));
        }
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = TestInfrastructure.kafkaClient(SERVICE);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String group) {
        Map<String, Object> config = TestInfrastructure.kafkaClient(SERVICE);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}

package fr.gouv.ptce.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** What a test needs of the real broker: send a CloudEvent, read what a topic holds. */
public final class KafkaTestClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A record as a test sees it: CloudEvents attributes and JSON data. */
    public record Received(String topic, String key, Map<String, String> headers, String rawValue, long offset,
                           int partition) {
        public String id() {
            return headers.get(CloudEventHeaders.ID);
        }

        public String type() {
            return headers.get(CloudEventHeaders.TYPE);
        }

        public String fact() {
            return EventTypes.factOf(type());
        }

        public JsonNode data() {
            try {
                return MAPPER.readTree(rawValue);
            } catch (Exception e) {
                throw new IllegalStateException("valeur non JSON : " + rawValue, e);
            }
        }
    }

    private KafkaTestClient() {
    }

    /** Sends {@code data} as a CloudEvent of type {@code fact} with the given id; returns the id. */
    public static String send(String topic, String key, String fact, String eventId, Object data) {
        try {
            String json = data instanceof String s ? s : MAPPER.writeValueAsString(data);
            return sendRaw(topic, key, json.getBytes(StandardCharsets.UTF_8), Map.of(
                    CloudEventHeaders.SPEC_VERSION, "1.0",
                    CloudEventHeaders.ID, eventId,
                    CloudEventHeaders.SOURCE, "/ptce/test",
                    CloudEventHeaders.TYPE, EventTypes.cloudEventType(fact),
                    CloudEventHeaders.TIME, Instant.now().toString(),
                    CloudEventHeaders.CONTENT_TYPE, "application/json"), eventId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String send(String topic, String key, String fact, Object data) {
        return send(topic, key, fact, UUID.randomUUID().toString(), data);
    }

    public static String sendRaw(String topic, String key, byte[] value, Map<String, String> headers, String id) {
        Map<String, Object> config = TestInfrastructure.kafkaClient(TestInfrastructure.ADMIN);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
            return id;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of {@code topic} from the beginning, read until none comes for a short while. */
    public static List<Received> readAll(String topic) {
        return readUntil(topic, Duration.ofSeconds(3), records -> false);
    }

    /**
     * Reads {@code topic} from the beginning until {@code done} holds for what was read, or until
     * {@code timeout} passes; returns what was read.
     */
    public static List<Received> readUntil(String topic, Duration timeout, Predicate<List<Received>> done) {
        return readUntil(TestInfrastructure.kafkaBootstrap(), topic, timeout, done);
    }


    /** The same, from another broker than the shared one (e.g. one a test stops and restarts). */
    public static List<Received> readUntil(String bootstrapServers, String topic, Duration timeout,
                                           Predicate<List<Received>> done) {
        List<Received> out = new ArrayList<>();
        Map<String, Object> config = new java.util.HashMap<>(TestInfrastructure.connexionAdmin(bootstrapServers));
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(out)) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new java.util.LinkedHashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    out.add(new Received(r.topic(), r.key(), headers,
                            r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8), r.offset(),
                            r.partition()));
                }
            }
        }
        return out;
    }

    /** Records of {@code fact} on {@code topic} whose data field {@code field} equals {@code value}. */
    public static List<Received> await(String topic, String fact, String field, String value, int count,
                                       Duration timeout) {
        Predicate<Received> match = r -> fact.equals(r.fact()) && value.equals(r.data().path(field).asText());
        return readUntil(topic, timeout, l -> l.stream().filter(match).count() >= count)
                .stream().filter(match).toList();
    }

}

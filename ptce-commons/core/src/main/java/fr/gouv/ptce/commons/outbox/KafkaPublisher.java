package fr.gouv.ptce.commons.outbox;

import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends outbox rows as CloudEvents (Kafka binary mode) with {@code acks=all} and the idempotent
 * producer, so a retried send never duplicates and order per partition holds.
 */
class KafkaPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String source;
    private Throwable lastFailure;

    KafkaPublisher(String bootstrapServers, String source) {
        this.source = source;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                // Latency matters more than batching here: Kafka 4's default 5 ms would floor every event.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.CLIENT_ID_CONFIG, "ptce-outbox-relay" + source.replace('/', '-')),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends the rows in order and returns how many of them, from the first, the broker acknowledged.
     * A failure stops the count: the rest are sent again on the next round.
     */
    int publish(List<OutboxRow> rows) {
        lastFailure = null;
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            Future<RecordMetadata> future;
            try {
                future = producer.send(toRecord(row));
            } catch (RuntimeException e) {
                lastFailure = e;
                break;
            }
            futures.add(future);
            if (future.isDone() && failed(future)) {
                // Already failed (e.g. no metadata within max.block.ms while the broker is away): every
                // further send would wait as long again, and could not be acknowledged before it anyway.
                break;
            }
        }
        int acked = 0;
        for (Future<RecordMetadata> f : futures) {
            try {
                f.get();
                acked++;
            } catch (ExecutionException e) {
                lastFailure = e.getCause();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastFailure = e;
                break;
            }
        }
        return acked;
    }

    /** Why the last {@link #publish} stopped short, for the relay's log. */
    Throwable lastFailure() {
        return lastFailure;
    }

    private static boolean failed(Future<RecordMetadata> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.aggregateId(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, row.eventId().toString());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, EventTypes.cloudEventType(row.eventType()));
        header(record, CloudEventHeaders.TIME, row.createdAt().toString());
        header(record, CloudEventHeaders.SUBJECT, row.subject());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(record, CloudEventHeaders.TRACEPARENT, row.traceparent());
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}

package fr.gouv.ptce.commons.outbox;

import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final Tracer tracer;
    private Throwable lastFailure;

    /**
     * {@code connexion}: the client settings every Kafka client of the service shares (security
     * protocol, SASL, TLS), so the relay reaches a secured broker exactly as the consumers do.
     */
    KafkaPublisher(String bootstrapServers, Map<String, Object> connexion, String source, Tracer tracer) {
        this.source = source;
        this.tracer = tracer;
        Map<String, Object> config = new HashMap<>(connexion);
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                // Latency matters more than batching here: Kafka 4's default 5 ms would floor every event.
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.CLIENT_ID_CONFIG, "ptce-outbox-relay" + source.replace('/', '-')));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
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
            Span span = producerSpan(row);
            try (Scope ignored = span.makeCurrent()) {
                future = producer.send(toRecord(row));
            } catch (RuntimeException e) {
                span.setStatus(StatusCode.ERROR, e.toString());
                lastFailure = e;
                break;
            } finally {
                span.end();
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

    /**
     * The "send" span of one event, child of the span that wrote the row (its HTTP request or the
     * event it handled), so the trace runs on through Kafka; the record carries this span as parent.
     */
    private Span producerSpan(OutboxRow row) {
        return tracer.spanBuilder(row.topic() + " publish")
                .setParent(TraceContext.parent(row.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("messaging.message.id", row.eventId().toString())
                .setAttribute("cloudevents.event_type", row.eventType())
                .startSpan();
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
        // The send span when one records (it is current here), else the writer's span as stored.
        String parent = TraceContext.current();
        header(record, CloudEventHeaders.TRACEPARENT, parent != null ? parent : row.traceparent());
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

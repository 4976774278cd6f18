package fr.gouv.ptce.commons.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads a CloudEvent in Kafka binary mode; anything that is not one is rejected with the reason. */
final class CloudEventReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEventReader() {
    }

    static IncomingEvent read(Message<?> message) {
        IncomingKafkaRecordMetadata<?, ?> meta = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new RejectedEventException("message sans métadonnées Kafka"));
        Headers headers = meta.getHeaders();
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        String specVersion = header(headers, CloudEventHeaders.SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new RejectedEventException(specVersion == null
                    ? "en-tête ce_specversion absent : ce n'est pas un CloudEvent en mode binaire"
                    : "version CloudEvents non prise en charge : " + specVersion);
        }
        if (id == null || id.isBlank()) {
            throw new RejectedEventException("en-tête ce_id absent : ce n'est pas un CloudEvent");
        }
        if (type == null || type.isBlank()) {
            throw new RejectedEventException("en-tête ce_type absent : ce n'est pas un CloudEvent");
        }
        Instant time = null;
        String t = header(headers, CloudEventHeaders.TIME);
        if (t != null) {
            try {
                time = Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new RejectedEventException("en-tête ce_time illisible : " + t);
            }
        }
        JsonNode data;
        try {
            Object payload = message.getPayload();
            String json = payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(payload);
            data = MAPPER.readTree(json);
        } catch (Exception e) {
            throw new RejectedEventException("données illisibles (JSON attendu)");
        }
        if (data == null || !data.isObject()) {
            throw new RejectedEventException("données illisibles (objet JSON attendu)");
        }
        Object key = meta.getKey();
        return new IncomingEvent(id, type, EventTypes.factOf(type), header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.SUBJECT), time, key == null ? null : key.toString(),
                header(headers, CloudEventHeaders.TRACEPARENT), data);
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

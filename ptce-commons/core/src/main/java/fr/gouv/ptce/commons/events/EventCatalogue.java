package fr.gouv.ptce.commons.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event catalogue (AsyncAPI document {@code ptce-events/asyncapi.yaml}) with one JSON Schema
 * and one example per event fact, read from the class path. Producers validate before writing to
 * the outbox; consumers validate before handling, so a malformed event never reaches a handler.
 */
public class EventCatalogue {

    public static final String BASE = "ptce-events/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, Optional<JsonSchema>> STRICT_SCHEMAS = new ConcurrentHashMap<>();

    private EventCatalogue() {
    }

    public static boolean knows(String fact) {
        return schema(fact).isPresent();
    }

    /** The problems of {@code data} against the schema of {@code fact}; empty when valid. */
    public static List<String> problems(String fact, JsonNode data) {
        JsonSchema schema = schema(fact)
                .orElseThrow(() -> new IllegalArgumentException("Type d'événement absent du catalogue : " + fact));
        return schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /**
     * Like {@link #problems} but also asserting the {@code format} keywords (uuid, email, date,
     * date-time…), which JSON Schema 2020-12 treats as annotations only and {@link #problems} does
     * not check. For tests of what a service produces: a value that breaks a declared format is a
     * contract break even if today's consumers would swallow it.
     */
    public static List<String> strictProblems(String fact, JsonNode data) {
        JsonSchema schema = STRICT_SCHEMAS.computeIfAbsent(fact, f -> read(BASE + "schemas/" + f + ".schema.json")
                        .map(node -> FACTORY.getSchema(node, STRICT)))
                .orElseThrow(() -> new IllegalArgumentException("Type d'événement absent du catalogue : " + fact));
        return schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static JsonNode example(String fact) {
        return read(BASE + "examples/" + fact + ".json")
                .orElseThrow(() -> new IllegalArgumentException("Pas d'exemple pour " + fact));
    }

    private static Optional<JsonSchema> schema(String fact) {
        return SCHEMAS.computeIfAbsent(fact, f -> read(BASE + "schemas/" + f + ".schema.json").map(FACTORY::getSchema));
    }

    private static Optional<JsonNode> read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.gouv.ptce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.events.EventData;
import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The records are the catalogue in Java: one per schema and one schema per record, each example read
 * into its record and written back to the same JSON, and what a record writes accepted by its schema
 * (formats included). The wire format is the schemas'; these tests keep the records to it.
 */
class RecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unRecordParSchemaEtUnSchemaParRecord() throws Exception {
        Set<String> faits = Arrays.stream(Fait.values()).map(Fait::fact).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(CatalogueTest.schemaFacts(), faits);
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Fait f : Fait.values()) {
            assertTrue(f.dataType().isRecord(), f + " : un record attendu");
            assertTrue(records.add(f.dataType()), f.dataType() + " sert à deux faits");
            assertSame(f, EventTypes.of(f.dataType()), "le type de " + f.dataType().getSimpleName());
            assertSame(f, EventTypes.byFact(f.fact()).orElseThrow());
            assertEquals("fr.gouv.ptce." + f.fact() + ".v1", f.cloudEventType());
        }
    }

    @Test
    void chaqueExempleSeLitDansSonRecordEtSeRecritALIdentique() {
        for (Fait f : Fait.values()) {
            JsonNode exemple = EventCatalogue.example(f.fact());
            EventData lu = EventJson.read(exemple, f.dataType());
            assertSame(f, lu.eventType(), "type porté par " + lu.getClass().getSimpleName());
            JsonNode ecrit = EventJson.toTree(lu);
            assertEquals(normalise(exemple), normalise(ecrit), "aller-retour de l'exemple de " + f.fact());
        }
    }

    @Test
    void ceQueSeritUnRecordEstAccepteParSonSchemaFormatsCompris() {
        for (Fait f : Fait.values()) {
            EventData lu = EventJson.read(EventCatalogue.example(f.fact()), f.dataType());
            JsonNode ecrit = EventJson.toTree(lu);
            assertEquals(List.of(), EventCatalogue.strictProblems(f.fact(), ecrit), f.fact());
        }
    }

    /** A record whose optional fields are all absent still writes what its schema accepts. */
    @Test
    void lesChampsFacultatifsAbsentsRestentConformes() {
        for (Fait f : Fait.values()) {
            ObjectNode minimal = JSON.createObjectNode();
            JsonNode exemple = EventCatalogue.example(f.fact());
            JsonNode schema = schema(f.fact());
            schema.path("required").forEach(r -> minimal.set(r.asText(), exemple.get(r.asText())));
            EventData lu = EventJson.read(minimal, f.dataType());
            assertEquals(List.of(), EventCatalogue.strictProblems(f.fact(), EventJson.toTree(lu)), f.fact());
        }
    }

    @Test
    void lesTopicsSontCeuxDeTopicsJson() throws Exception {
        JsonNode topics;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventCatalogue.BASE + "topics.json")) {
            topics = JSON.readTree(in);
        }
        Set<String> noms = new TreeSet<>();
        topics.fieldNames().forEachRemaining(noms::add);
        assertEquals(noms, Arrays.stream(Topic.values()).map(Topic::nom).collect(Collectors.toCollection(TreeSet::new)));
        for (Topic t : Topic.values()) {
            assertEquals(t.producteur(), topics.path(t.nom()).path("producteur").asText(), t.nom());
            List<String> faits = t.faits().stream().map(Fait::fact).toList();
            List<String> declares = JSON.convertValue(topics.path(t.nom()).path("evenements"), List.class);
            assertEquals(declares, faits, "faits de " + t.nom());
        }
    }

    @Test
    void uneDonneeQuiNeTientPasDansSonRecordEstRefusee() {
        ObjectNode data = EventCatalogue.example("decision.rendue").deepCopy();
        data.put("decision", "PEUT_ETRE");
        assertThrows(IllegalArgumentException.class, () -> EventJson.read(data, DecisionRendue.class));
        assertFalse(EventCatalogue.problems("decision.rendue", data).isEmpty(), "le schéma la refuse aussi");
    }

    private static JsonNode schema(String fact) {
        try (InputStream in = RecordsTest.class.getClassLoader()
                .getResourceAsStream(EventCatalogue.BASE + "schemas/" + fact + ".schema.json")) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Numbers compared by value (a percentage 30 and 30.0 are one number on the wire). */
    private static JsonNode normalise(JsonNode node) {
        if (node.isNumber()) {
            return JSON.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), normalise(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(normalise(n)));
            return copy;
        }
        return node;
    }
}

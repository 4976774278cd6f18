package fr.gouv.ptce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.events.EventTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue is a contract between four teams: every schema comes with an example that it
 * accepts, the AsyncAPI document names every schema, example and topic, and the CloudEvents types
 * all follow fr.gouv.ptce.&lt;aggregate&gt;.&lt;fact&gt;.v1.
 */
class CatalogueTest {

    /** The topics as ARCHITECTURE.md fixes them (checked against the document when it is reachable). */
    static final Set<String> TOPICS = Set.of("ptce.campagnes", "ptce.candidatures", "ptce.instructions",
            "ptce.decisions", "ptce.financements");

    /** The facts the events issue asks for at least. */
    static final Set<String> REQUIRED_FACTS = Set.of("campagne.publiee", "candidature.deposee",
            "candidature.redeposee", "candidature.retiree", "instruction.demarree", "corrections.demandees",
            "candidature.irrecevable", "decision.rendue", "laureat.phase1.designe", "laureat.phase2.selectionne",
            "laureat.phase2.desiste", "convention.creee", "convention.signee", "echeance.exigible",
            "echeance.payee", "rapport.attendu", "rapport.approuve", "convention.resiliee", "reversement.demande");

    private static final Pattern FACT = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+");
    private static final Pattern TYPE = Pattern.compile("fr\\.gouv\\.ptce\\.[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+\\.v1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void chaqueSchemaALeNomDeSonFaitEtUnExempleQuIlAccepte() throws Exception {
        Set<String> facts = schemaFacts();
        assertTrue(facts.size() >= REQUIRED_FACTS.size(), "catalogue trop court : " + facts);
        for (String fact : facts) {
            JsonNode schema = resource("schemas/" + fact + ".schema.json");
            assertEquals(fact, schema.path("title").asText(), "titre du schéma de " + fact);
            assertEquals("object", schema.path("type").asText(), "les données de " + fact + " sont un objet");
            JsonNode example = EventCatalogue.example(fact);
            assertEquals(List.of(), EventCatalogue.problems(fact, example), "l'exemple de " + fact + " est refusé");
            assertEquals(List.of(), EventCatalogue.strictProblems(fact, example),
                    "l'exemple de " + fact + " enfreint un format déclaré");
            assertFalse(EventCatalogue.problems(fact, JSON.createObjectNode()).isEmpty(),
                    "le schéma de " + fact + " accepte un objet vide : il ne contraint rien");
        }
        assertEquals(facts, files("examples", ".json"), "un exemple par schéma, pas d'exemple orphelin");
    }

    @Test
    void leCatalogueContientLesEvenementsDemandes() throws Exception {
        Set<String> missing = new TreeSet<>(REQUIRED_FACTS);
        missing.removeAll(schemaFacts());
        assertEquals(Set.of(), missing);
    }

    @Test
    void lesTypesCloudEventsSuiventLaConvention() throws Exception {
        for (String fact : schemaFacts()) {
            assertTrue(FACT.matcher(fact).matches(), "fait mal nommé : " + fact);
            String type = EventTypes.cloudEventType(fact);
            assertTrue(TYPE.matcher(type).matches(), "type mal formé : " + type);
            assertEquals(fact, EventTypes.factOf(type));
        }
        assertEquals(null, EventTypes.factOf("com.example.autre.v1"));
        assertEquals(null, EventTypes.factOf("fr.gouv.ptce.candidature.deposee.v2"));
    }

    @Test
    void asyncApiReferenceChaqueSchemaChaqueExempleEtChaqueTopic() throws Exception {
        JsonNode doc = YAML.readTree(stream("asyncapi.yaml"));
        assertTrue(doc.path("asyncapi").asText().startsWith("3."), "AsyncAPI 3 attendu");
        JsonNode topicsJson = resource("topics.json");

        Set<String> addresses = new TreeSet<>();
        Set<String> channelFacts = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("channels").fields(); it.hasNext(); ) {
            JsonNode channel = it.next().getValue();
            String address = channel.path("address").asText();
            addresses.add(address);
            Set<String> facts = new TreeSet<>();
            for (JsonNode ref : channel.path("messages")) {
                JsonNode message = resolve(doc, ref.path("$ref").asText());
                facts.add(message.path("title").asText());
            }
            Set<String> declared = new TreeSet<>();
            topicsJson.path(address).path("evenements").forEach(f -> declared.add(f.asText()));
            assertEquals(declared, facts, "messages du canal " + address + " (topics.json)");
            channelFacts.addAll(facts);
        }
        assertTrue(addresses.containsAll(TOPICS), "topics absents d'asyncapi.yaml : " + addresses);
        assertEquals(schemaFacts(), channelFacts, "chaque événement est publié sur un canal");

        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("messages").fields(); it.hasNext(); ) {
            JsonNode message = it.next().getValue();
            String fact = message.path("title").asText();
            String type = EventTypes.cloudEventType(fact);
            assertEquals(type, message.path("name").asText(), "nom du message " + fact);
            assertEquals(type, message.path("headers").path("properties").path("ce_type").path("const").asText());
            assertEquals("schemas/" + fact + ".schema.json", message.path("payload").path("$ref").asText());
            assertEquals("examples/" + fact + ".json",
                    message.path("examples").path(0).path("payload").path("$ref").asText());
        }
        // Each operation points at an existing channel.
        for (JsonNode op : doc.path("operations")) {
            assertFalse(resolve(doc, op.path("channel").path("$ref").asText()).isMissingNode());
        }
        // Every $ref to a file names one that exists.
        List<String> refs = new ArrayList<>();
        collectFileRefs(doc, refs);
        for (String ref : refs) {
            assertNotNull(Thread.currentThread().getContextClassLoader().getResource(EventCatalogue.BASE + ref),
                    "référence vers un fichier absent : " + ref);
        }
    }

    @Test
    void lesTopicsSontCeuxDuDocumentDArchitecture() throws IOException {
        Path doc = architectureDocument();
        if (doc == null) {
            // Outside the project's workspace the document is not at hand; TOPICS above is its copy.
            return;
        }
        Set<String> inDoc = new TreeSet<>();
        String text = Files.readString(doc);
        String events = text.substring(text.indexOf("## Events"));
        Matcher m = Pattern.compile("`(ptce\\.[a-z]+)`").matcher(events);
        while (m.find()) {
            inDoc.add(m.group(1));
        }
        assertEquals(new TreeSet<>(TOPICS), inDoc);
    }

    @Test
    void unEvenementNonConformeEstDecrit() {
        var data = JSON.createObjectNode().put("candidatureId", 42);
        List<String> problems = EventCatalogue.problems("candidature.retiree", data);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("candidatureId")), problems.toString());
    }

    @Test
    void laValidationStricteVerifieAussiLesFormats() {
        var data = EventCatalogue.example("echeance.payee").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) data).put("candidatureId", "pas-un-uuid")
                .put("payeeLe", "hier");
        assertEquals(List.of(), EventCatalogue.problems("echeance.payee", data), "formats non vérifiés par défaut");
        List<String> strict = EventCatalogue.strictProblems("echeance.payee", data);
        assertTrue(strict.stream().anyMatch(p -> p.contains("candidatureId")), strict.toString());
        assertTrue(strict.stream().anyMatch(p -> p.contains("payeeLe")), strict.toString());
    }

    private static void collectFileRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref") && !e.getValue().asText().startsWith("#")) {
                    out.add(e.getValue().asText());
                } else {
                    collectFileRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectFileRefs(n, out));
        }
    }

    private static JsonNode resolve(JsonNode doc, String ref) {
        assertTrue(ref.startsWith("#/"), "référence interne attendue : " + ref);
        return doc.at(ref.substring(1));
    }

    static Set<String> schemaFacts() throws IOException, URISyntaxException {
        return files("schemas", ".schema.json");
    }

    private static Set<String> files(String folder, String suffix) throws IOException, URISyntaxException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(EventCatalogue.BASE + folder);
        assertNotNull(url, folder);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            Set<String> out = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .forEach(n -> out.add(n.substring(0, n.length() - suffix.length())));
            return out;
        }
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EventCatalogue.BASE + name);
        assertNotNull(in, name);
        return in;
    }

    /** ARCHITECTURE.md of the shared design folder, looked for above the build directory. */
    private static Path architectureDocument() {
        String explicit = System.getProperty("ptce.architecture.md");
        if (explicit != null) {
            return Path.of(explicit);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/design/ARCHITECTURE.md"), dir.resolve("docs/ARCHITECTURE.md"))) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}

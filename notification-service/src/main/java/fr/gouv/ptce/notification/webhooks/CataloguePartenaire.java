package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import fr.gouv.ptce.commons.events.EventCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What partners may receive, as the AsyncAPI catalogue (ptce-events, on the class path) declares it:
 * per message, {@code x-ptce-partenaire} says whether partners may subscribe, and
 * {@code x-ptce-vue-partenaire} points (through {@code components/schemas}) at the JSON Schema of
 * the partner view. Read once; a catalogue that declares a partner type without a readable view
 * schema fails here, at the first use, rather than letting that type through unfiltered.
 */
public final class CataloguePartenaire {

    /** A partner type: its fact, the raw view schema (to project onto) and its validator. */
    public record Vue(String fait, JsonNode schema, JsonSchema validateur) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static volatile Map<String, Vue> vues;

    private CataloguePartenaire() {
    }

    /** The view of {@code fait} when partners may subscribe to it; empty otherwise (or unknown). */
    public static Optional<Vue> vue(String fait) {
        return Optional.ofNullable(vues().get(fait));
    }

    public static boolean ouvert(String fait) {
        return vues().containsKey(fait);
    }

    /** The facts open to partners, sorted. */
    public static Set<String> faits() {
        return vues().keySet();
    }

    private static Map<String, Vue> vues() {
        Map<String, Vue> v = vues;
        if (v == null) {
            synchronized (CataloguePartenaire.class) {
                if (vues == null) {
                    vues = lire();
                }
                v = vues;
            }
        }
        return v;
    }

    private static Map<String, Vue> lire() {
        JsonNode doc = ressource("asyncapi.yaml", YAML);
        Map<String, Vue> lues = new TreeMap<>();
        for (Iterator<JsonNode> it = doc.path("components").path("messages").elements(); it.hasNext(); ) {
            JsonNode message = it.next();
            String fait = message.path("title").asText();
            JsonNode drapeau = message.path("x-ptce-partenaire");
            if (!drapeau.isBoolean()) {
                throw new IllegalStateException("x-ptce-partenaire absent ou non booléen pour " + fait);
            }
            if (!drapeau.booleanValue()) {
                continue;
            }
            JsonNode schema = ressource(fichier(doc, message.path("x-ptce-vue-partenaire"), fait), JSON);
            lues.put(fait, new Vue(fait, schema, FACTORY.getSchema(schema)));
        }
        return Collections.unmodifiableMap(lues);
    }

    /** Follows the message's {@code $ref} into components/schemas, then that entry's file reference. */
    private static String fichier(JsonNode doc, JsonNode vue, String fait) {
        String interne = vue.path("$ref").asText();
        if (!interne.startsWith("#/")) {
            throw new IllegalStateException("x-ptce-vue-partenaire de " + fait + " : référence interne attendue");
        }
        String externe = doc.at(interne.substring(1)).path("$ref").asText();
        if (externe.isEmpty() || externe.startsWith("#")) {
            throw new IllegalStateException(interne + " : référence vers un fichier de schéma attendue");
        }
        return externe;
    }

    private static JsonNode ressource(String chemin, ObjectMapper lecteur) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(EventCatalogue.BASE + chemin)) {
            if (in == null) {
                throw new IllegalStateException("catalogue incomplet : " + EventCatalogue.BASE + chemin + " introuvable");
            }
            return lecteur.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

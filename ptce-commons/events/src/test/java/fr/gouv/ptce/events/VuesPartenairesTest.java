package fr.gouv.ptce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.gouv.ptce.commons.events.EventCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner views of the catalogue: every message says whether partners may subscribe; an open
 * one points at its view schema, which keeps a subset of the internal data (same definitions), is
 * closed at every level, and holds nothing that names a person or gives a motive.
 */
class VuesPartenairesTest {

    /** Property names that carry a person's identity, an agent's, or the motives of a decision. */
    static final Set<String> INTERDITS = Set.of("contact", "contactEmail", "porteurSub", "email", "telephone", "nom",
            "membres", "adresse", "description", "motif", "motivation", "instructeur", "decideur", "gestionnaire",
            "evaluateurSub", "evaluateurNom", "evaluateurEmail", "annuleePar");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void chaqueMessageDitSIlEstOuvertEtUnTypeOuvertALaVueDeSonNom() throws Exception {
        JsonNode doc = YAML.readTree(stream("asyncapi.yaml"));
        Set<String> vues = new TreeSet<>();
        for (Iterator<JsonNode> it = doc.path("components").path("messages").elements(); it.hasNext(); ) {
            JsonNode message = it.next();
            String fait = message.path("title").asText();
            JsonNode ouvert = message.path("x-ptce-partenaire");
            assertTrue(ouvert.isBoolean(), "x-ptce-partenaire booléen attendu pour " + fait);
            JsonNode vue = message.path("x-ptce-vue-partenaire");
            assertFalse(message.path("x-partenaires-seulement").asBoolean(false) && !ouvert.booleanValue(),
                    fait + " n'est publié que pour les partenaires mais leur est fermé");
            if (!ouvert.booleanValue()) {
                assertTrue(vue.isMissingNode(), fait + " est fermé aux partenaires mais déclare une vue");
                continue;
            }
            String nom = java.util.Arrays.stream(fait.split("\\."))
                    .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).collect(Collectors.joining()) + "Partenaire";
            assertEquals("#/components/schemas/" + nom, vue.path("$ref").asText(), "vue de " + fait);
            assertEquals("partenaires/" + fait + ".schema.json",
                    doc.path("components").path("schemas").path(nom).path("$ref").asText(), nom);
            vues.add(fait);
        }
        assertEquals(fichiers(), vues, "une vue partenaire par type ouvert, pas de vue orpheline");
        assertTrue(vues.size() >= 10, "types ouverts : " + vues);
    }

    @Test
    void chaqueVueEstUnePartieFermeeDesDonneesInternesSansDonneePersonnelle() throws Exception {
        for (String fait : fichiers()) {
            JsonNode vue = JSON.readTree(stream("partenaires/" + fait + ".schema.json"));
            JsonNode interne = JSON.readTree(stream("schemas/" + fait + ".schema.json"));
            assertEquals(fait + " (vue partenaire)", vue.path("title").asText());
            comparer(fait, "", vue, interne);
        }
    }

    /** Each object of the view: closed, its properties defined as in the internal schema, required ⊆ internal required. */
    private static void comparer(String fait, String chemin, JsonNode vue, JsonNode interne) {
        if (vue.has("properties")) {
            assertEquals(Boolean.FALSE, vue.path("additionalProperties").isBoolean()
                    ? vue.path("additionalProperties").booleanValue() : null, fait + " " + chemin + " : additionalProperties: false attendu");
            Set<String> requisInternes = new TreeSet<>();
            interne.path("required").forEach(r -> requisInternes.add(r.asText()));
            vue.path("required").forEach(r -> assertTrue(requisInternes.contains(r.asText()),
                    fait + " " + chemin + r.asText() + " : requis dans la vue mais facultatif en interne"));
            for (Iterator<Map.Entry<String, JsonNode>> it = vue.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                String ici = chemin + p.getKey();
                assertFalse(INTERDITS.contains(p.getKey()), fait + " : " + ici + " ne doit pas sortir vers les partenaires");
                JsonNode defInterne = interne.path("properties").path(p.getKey());
                assertFalse(defInterne.isMissingNode(), fait + " : " + ici + " n'existe pas dans les données internes");
                comparer(fait, ici + ".", p.getValue(), defInterne);
            }
        } else if (vue.has("items")) {
            comparer(fait, chemin.replaceAll("\\.$", "") + "[].", vue.get("items"), interne.path("items"));
        } else {
            assertEquals(interne, vue, fait + " " + chemin + " : même définition que dans les données internes");
        }
        if (vue.has("properties") || vue.has("items")) {
            ObjectNode sansStructure = vue.deepCopy();
            ObjectNode interneSans = interne.deepCopy();
            for (String k : Set.of("properties", "items", "required", "additionalProperties")) {
                sansStructure.remove(k);
                interneSans.remove(k);
            }
            if (!chemin.isEmpty()) {
                assertEquals(interneSans, sansStructure, fait + " " + chemin + " : même type que dans les données internes");
            }
        }
    }

    private static Set<String> fichiers() throws Exception {
        URL url = Thread.currentThread().getContextClassLoader().getResource(EventCatalogue.BASE + "partenaires");
        assertNotNull(url, "dossier partenaires/");
        try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static InputStream stream(String chemin) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EventCatalogue.BASE + chemin);
        if (in == null) {
            throw new IOException(chemin + " introuvable");
        }
        return in;
    }
}

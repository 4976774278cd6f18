package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.events.Evenement;
import fr.gouv.ptce.events.Fait;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every type open to partners, built from its record with every field filled (the contact's name,
 * e-mail and phone, the motives, the agents' identifiers included), goes through the partner view:
 * nothing the view does not declare may come out, and no e-mail address or phone number at all.
 */
class VuePartenaireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COURRIEL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern TELEPHONE = Pattern.compile("(?<![0-9A-Za-z])(\\+33|0)[ .]?[1-9]([ .]?[0-9]{2}){4}(?![0-9A-Za-z])");
    /** Fields that say who a person is or why a file went wrong: a recognisable value each. */
    private static final Map<String, String> PERSONNEL = Map.of(
            "nom", "Jeanne Secrète", "email", "jeanne.secrete@exemple.fr", "contactEmail", "porteur.prive@exemple.fr",
            "telephone", "+33 6 12 34 56 78", "porteurSub", "sub-porteur-prive", "motif", "motif confidentiel",
            "motivation", "motivation confidentielle", "instructeur", "agent-instructeur-prive",
            "decideur", "agent-decideur-prive", "gestionnaire", "agent-gestionnaire-prive");

    @Test
    void chaqueTypeOuvertNeLaissePasserQueSaVueEtAucunCourrielNiTelephone() {
        Set<String> parcourus = new TreeSet<>();
        for (Fait f : Fait.values()) {
            if (!CataloguePartenaire.ouvert(f.fact())) {
                continue;
            }
            JsonNode interne = complet(f);
            assertEquals(List.of(), EventCatalogue.problems(f.fact(), interne),
                    "la donnée interne complète de " + f.fact() + " doit être valide");
            JsonNode schema = CataloguePartenaire.vue(f.fact()).orElseThrow().schema();

            VuePartenaire.Corps corps = VuePartenaire.pour(evenement(f, interne));
            assertEquals(Optional.empty(), corps.refus(), f.fact());
            JsonNode data = lire(corps.json()).path("data");

            Map<String, String> sortis = feuilles(data, "");
            for (String chemin : sortis.keySet()) {
                assertTrue(declare(schema, chemin), f.fact() + " : " + chemin + " sort sans être dans la vue partenaire");
            }
            // A value held only by undeclared fields must not show up anywhere in the body.
            Map<String, String> entres = feuilles(interne, "");
            Set<String> valeursDeclarees = entres.entrySet().stream().filter(e -> declare(schema, e.getKey()))
                    .map(Map.Entry::getValue).collect(Collectors.toSet());
            entres.forEach((chemin, valeur) -> {
                if (!declare(schema, chemin) && !valeursDeclarees.contains(valeur) && valeur.length() >= 6) {
                    assertFalse(corps.json().contains(valeur), f.fact() + " : la valeur de " + chemin + " est sortie");
                }
            });
            assertFalse(COURRIEL.matcher(corps.json()).find(), f.fact() + " : un courriel sort : " + corps.json());
            assertFalse(TELEPHONE.matcher(corps.json()).find(), f.fact() + " : un téléphone sort : " + corps.json());
            for (String personnel : PERSONNEL.values()) {
                assertFalse(corps.json().contains(personnel), f.fact() + " : « " + personnel + " » sort");
            }
            parcourus.add(f.fact());
        }
        assertEquals(CataloguePartenaire.faits(), parcourus);
        assertTrue(parcourus.size() >= 10, "trop peu de types ouverts pour que le test dise quelque chose : " + parcourus);
    }

    @Test
    void laVueGardeLesChampsDeclaresAvecLeursValeurs() {
        JsonNode interne = complet(Fait.CANDIDATURE_DEPOSEE);
        JsonNode data = lire(VuePartenaire.pour(evenement(Fait.CANDIDATURE_DEPOSEE, interne)).json()).path("data");
        assertEquals(interne.path("structure").path("siret"), data.path("structure").path("siret"));
        assertEquals(interne.path("structure").path("region"), data.path("structure").path("region"));
        assertEquals(interne.path("numero"), data.path("numero"));
        assertTrue(data.path("contact").isMissingNode() && data.path("membres").isMissingNode()
                && data.path("projet").isMissingNode() && data.path("contactEmail").isMissingNode(), data.toString());
    }

    @Test
    void lesTypesInternesSontFermes() {
        for (String ferme : List.of("candidature.irrecevable", "corrections.demandees", "instruction.demarree",
                "candidature.retiree", "inscription.session.enregistree", "evaluateur.habilite")) {
            assertFalse(CataloguePartenaire.ouvert(ferme), ferme);
        }
        assertFalse(CataloguePartenaire.ouvert("inconnu.invente"));
    }

    @Test
    void unCorpsQuiNEstPasSaVuePartenaireEstRefuseAvantEnvoi() {
        // A body queued before the partner views: the whole internal data.
        JsonNode interne = complet(Fait.CANDIDATURE_DEPOSEE);
        String ancien = CloudEventJson.ecrire(evenement(Fait.CANDIDATURE_DEPOSEE, interne), interne);
        Optional<String> refus = VuePartenaire.refusAvantEnvoi(ancien);
        assertTrue(refus.isPresent());
        assertTrue(refus.get().contains("contact") && refus.get().contains("candidature.deposee"), refus.get());
        assertFalse(COURRIEL.matcher(refus.get()).find(), "la raison ne recopie pas les données : " + refus.get());

        JsonNode ferme = complet(Fait.CORRECTIONS_DEMANDEES);
        Optional<String> typeFerme = VuePartenaire.refusAvantEnvoi(
                CloudEventJson.ecrire(evenement(Fait.CORRECTIONS_DEMANDEES, ferme), JSON.createObjectNode()));
        assertTrue(typeFerme.orElseThrow().contains("non ouvert aux partenaires : corrections.demandees"), typeFerme.get());
        assertTrue(VuePartenaire.refusAvantEnvoi("pas du json").isPresent());

        String conforme = VuePartenaire.pour(evenement(Fait.CANDIDATURE_DEPOSEE, interne)).json();
        assertEquals(Optional.empty(), VuePartenaire.refusAvantEnvoi(conforme));
    }

    @Test
    void uneVueQuiManqueUnChampRequisEstRefuseeAvecSaRaison() {
        ObjectNode interne = (ObjectNode) complet(Fait.DECISION_RENDUE);
        interne.remove("siret");
        VuePartenaire.Corps corps = VuePartenaire.pour(evenement(Fait.DECISION_RENDUE, interne));
        assertTrue(corps.refus().orElseThrow().contains("siret"), corps.refus().get());
    }

    @Test
    void laProjectionEstRecursiveEtNeGardeRienDeNonDeclare() {
        JsonNode schema = lire("""
                {"type":"object","properties":{"a":{"type":"string"},
                 "o":{"type":"object","properties":{"b":{"type":"integer"}}},
                 "l":{"type":"array","items":{"type":"object","properties":{"c":{"type":"string"}}}},
                 "s":{"type":"string"}}}""");
        JsonNode valeur = lire("""
                {"a":"x","secret":"y","o":{"b":1,"cache":"z"},"l":[{"c":"ok","d":"non"}],"s":{"imbrique":"non"}}""");
        assertEquals(lire("{\"a\":\"x\",\"o\":{\"b\":1},\"l\":[{\"c\":\"ok\"}]}"), VuePartenaire.projeter(schema, valeur));
    }

    /** The record of {@code f} with every component set, written as the producers write it. */
    private static JsonNode complet(Fait f) {
        Object record = instance(f.dataType(), "");
        ObjectNode tree = (ObjectNode) EventJson.toTree((Evenement) record);
        JsonNode exemple = EventCatalogue.example(f.fact());
        recouvrir(tree, exemple);
        return tree;
    }

    /** Values that must follow a pattern (SIRET, numéro, commune…) taken from the catalogue example. */
    private static void recouvrir(JsonNode cible, JsonNode exemple) {
        if (cible.isObject()) {
            ObjectNode o = (ObjectNode) cible;
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String nom = it.next();
                JsonNode ex = exemple.path(nom);
                JsonNode v = o.get(nom);
                if (PERSONNEL.containsKey(nom) || ex.isMissingNode() || ex.isNull()) {
                    recouvrir(v, ex);
                } else if (v.isValueNode()) {
                    o.set(nom, ex);
                } else {
                    recouvrir(v, ex);
                }
            }
        } else if (cible.isArray()) {
            for (JsonNode element : cible) {
                recouvrir(element, exemple.path(0));
            }
        }
    }

    private static Object instance(Class<?> type, String nom) {
        try {
            if (type.isRecord()) {
                RecordComponent[] composants = type.getRecordComponents();
                Object[] valeurs = new Object[composants.length];
                for (int i = 0; i < composants.length; i++) {
                    valeurs[i] = valeur(composants[i].getGenericType(), composants[i].getName());
                }
                Class<?>[] types = Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new);
                return type.getDeclaredConstructor(types).newInstance(valeurs);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
        throw new IllegalArgumentException("pas un record : " + type);
    }

    private static Object valeur(Type type, String nom) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(valeur(p.getActualTypeArguments()[0], nom));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return PERSONNEL.getOrDefault(nom, "valeur-" + nom);
        }
        if (c == UUID.class) {
            return UUID.randomUUID();
        }
        if (c == Instant.class) {
            return Instant.parse("2026-03-02T10:15:30Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (c == Integer.class || c == int.class) {
            return 3;
        }
        if (c == Long.class || c == long.class) {
            return 1_234_500L;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("25");
        }
        if (c == Double.class || c == double.class) {
            return 25.0;
        }
        if (c == Boolean.class || c == boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        return instance(c, nom);
    }

    private static IncomingEvent evenement(Fait f, JsonNode data) {
        return new IncomingEvent(UUID.randomUUID().toString(), f.cloudEventType(), f.fact(), "/ptce/test", null,
                Instant.parse("2026-03-02T10:15:30Z"), "cle", null, data);
    }

    /** Leaf values by path, array items as {@code []}: {@code structure.siret}, {@code membres[].nom}. */
    private static Map<String, String> feuilles(JsonNode n, String chemin) {
        Map<String, String> out = new TreeMap<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> out.putAll(feuilles(e.getValue(), chemin.isEmpty() ? e.getKey()
                    : chemin + "." + e.getKey())));
        } else if (n.isArray()) {
            n.forEach(e -> out.putAll(feuilles(e, chemin + "[]")));
        } else if (!n.isNull()) {
            out.put(chemin, n.asText());
        }
        return out;
    }

    /** Whether the view schema declares the leaf at {@code chemin}. */
    private static boolean declare(JsonNode schema, String chemin) {
        JsonNode s = schema;
        List<String> parties = new ArrayList<>(Arrays.asList(chemin.split("\\.")));
        for (String partie : parties) {
            String nom = partie.replace("[]", "");
            s = s.path("properties").path(nom);
            if (s.isMissingNode()) {
                return false;
            }
            for (int i = partie.indexOf("[]"); i >= 0; i = partie.indexOf("[]", i + 2)) {
                s = s.path("items");
            }
        }
        return !s.has("properties");
    }

    private static JsonNode lire(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.candidature.Fixtures;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Démarches Simplifiées connector against a DS API started here (see {@link BancDemarches}): import,
 * rules, retries, token secrecy, decisions written back, the schema.
 */
@QuarkusTest
@Order(12)
class DemarchesSimplifieesTest extends BancDemarches {

    // --- tests ---

    @Test
    void premiereSynchronisationCreeLesCandidaturesEtEmetDeposeePuisUneSecondeNeChangeRien() throws Exception {
        configurer(false);
        int a = numero();
        int b = a + 1;
        int c = a + 2;
        ajouter(a, Fixtures.siret());
        ajouter(b, Fixtures.siret());
        ajouter(c, Fixtures.siret()).put("state", "en_instruction");

        JsonPath premier = synchroniser(INSTRUCTEUR);
        assertEquals(3, premier.getInt("derniereExecution.vus"), premier.prettify());
        assertEquals(3, premier.getInt("derniereExecution.crees"), premier.prettify());
        assertEquals(List.of(), premier.getList("derniereExecution.ignores"));
        assertTrue(ds.requetes.size() >= 2, "pages de 2 dossiers : au moins deux requêtes (pagination par curseur)");

        List<KafkaTestClient.Received> deposees = KafkaTestClient.await("ptce.candidatures", "candidature.deposee",
                "campagneId", campagne, 3, Duration.ofSeconds(20));
        assertEquals(3, deposees.size());
        for (KafkaTestClient.Received r : deposees) {
            assertEquals(List.of(), EventCatalogue.strictProblems("candidature.deposee", r.data()));
        }
        List<Map<String, Object>> liste = candidatures();
        assertEquals(3, liste.size());
        liste.forEach(x -> assertEquals("DEPOSEE", x.get("statut")));
        String id = candidatureDuDossier(a);
        JsonPath vue = new JsonPath(as(ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200).extract().asString());
        assertEquals(2, vue.getList("pieces").size(), "pièces téléchargées de DS");
        assertEquals("Camille Martin", vue.getString("contact.nom"));
        assertEquals("usager" + a + "@exemple.fr", vue.getString("contact.email"));
        assertEquals(3, vue.getList("membres").size());
        String modifieeLe = vue.getString("modifieeLe");

        JsonPath second = synchroniser(ADMIN);
        assertEquals(3, second.getInt("derniereExecution.inchanges"), second.prettify());
        assertEquals(0, second.getInt("derniereExecution.crees"));
        assertEquals(0, second.getInt("derniereExecution.misAJour"));
        assertEquals(3, candidatures().size());
        assertEquals(modifieeLe, as(ADMIN).get("/api/v1/candidatures/" + id).then().extract().path("modifieeLe"));
        Thread.sleep(1500); // the relay would have published by now
        long evenements = KafkaTestClient.readAll("ptce.candidatures").stream()
                .filter(r -> campagne.equals(r.data().path("campagneId").asText())).count();
        assertEquals(3, evenements, "une seconde synchronisation n'émet rien");
    }

    @Test
    void unDossierAuSiretInvalideEstConserveAvecLaRegleNommeePuisMisAJourQuandIlEstCorrige() throws Exception {
        configurer(false);
        int n = numero();
        Map<String, Object> d = ajouter(n, "12345678901234");

        JsonPath s = synchroniser(ADMIN);
        assertEquals(1, s.getInt("derniereExecution.crees"), s.prettify());
        assertEquals(n, s.getInt("ineligibles[0].numeroDossier"));
        assertTrue(s.getList("ineligibles[0].regles").contains("SIRET_INVALIDE"), s.prettify());
        String id = candidatureDuDossier(n);
        JsonPath vue = new JsonPath(as(ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200).extract().asString());
        assertEquals("BROUILLON", vue.getString("statut"));
        assertTrue(vue.getList("historique.motif").stream().anyMatch(m -> String.valueOf(m).contains("SIRET_INVALIDE")),
                vue.prettify());

        // corrected on DS: the same application is updated and now submitted
        String bon = Fixtures.siret();
        List<Map<String, Object>> champs = castChamps(d);
        champs.set(0, DossiersDeTest.siret(bon));
        d.put("dateDerniereModification", java.time.Instant.now().toString());
        JsonPath apres = synchroniser(ADMIN);
        assertEquals(1, apres.getInt("derniereExecution.misAJour"), apres.prettify());
        assertEquals(List.of(), apres.getList("ineligibles"));
        as(ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200).body("statut", equalTo("DEPOSEE"))
                .body("structure.siret", equalTo(bon));
        assertEquals(1, candidatures().size());
        KafkaTestClient.await("ptce.candidatures", "candidature.deposee", "candidatureId", id, 1, Duration.ofSeconds(20));
    }

    @Test
    void unDossierDefectueuxEstSignaleEtIgnoreLesAutresSontImportes() {
        configurer(false);
        int bon = numero();
        int mauvais = bon + 1;
        ajouter(bon, Fixtures.siret());
        Map<String, Object> d = ajouter(mauvais, Fixtures.siret());
        byte[] executable = "MZ\u0090\u0000 pas un document".getBytes(StandardCharsets.ISO_8859_1);
        castChamps(d).set(5, DossiersDeTest.piece(ds, DossiersDeTest.STATUTS, "Statuts", "statuts.pdf", executable));

        JsonPath s = synchroniser(ADMIN);
        assertEquals(1, s.getInt("derniereExecution.crees"), s.prettify());
        assertEquals(mauvais, s.getInt("derniereExecution.ignores[0].numeroDossier"));
        assertTrue(s.getString("derniereExecution.ignores[0].raison").contains("PDF"), s.prettify());
        assertEquals(1, candidatures().size());
    }

    @Test
    void uneReponse429EstRejoueeApresLAttenteDemandee() {
        configurer(false);
        ajouter(numero(), Fixtures.siret());
        ds.statutEchec = 429;
        ds.retryAfter = "1";
        ds.echecsAVenir.set(1);

        JsonPath s = synchroniser(ADMIN);
        assertEquals(1, s.getInt("derniereExecution.crees"), s.prettify());
        assertTrue(s.getString("derniereExecution.derniereErreur") == null, s.prettify());
        List<FauxDemarchesSimplifiees.Requete> r = ds.requetes;
        assertEquals(429, r.get(0).statut());
        assertEquals(200, r.get(1).statut());
        long attenteMs = (r.get(1).nanos() - r.get(0).nanos()) / 1_000_000;
        assertTrue(attenteMs >= 950, "nouvel essai après " + attenteMs + " ms, Retry-After: 1 demandait 1 s");
    }

    @Test
    void leJetonNApparaitNiDansLesJournauxNiDansLesReponses() throws Exception {
        JOURNAL.clear();
        configurer(false);
        ajouter(numero(), Fixtures.siret());
        String config = as(ADMIN).get(url("")).then().statusCode(200).body("jetonDefini", equalTo(true)).extract().asString();
        reponses.add(config);
        synchroniser(ADMIN);
        ds.statutEchec = 500;
        ds.echecsAVenir.set(10); // every attempt fails: retries and the run's error are logged
        JsonPath echec = synchroniser(ADMIN);
        assertTrue(echec.getString("derniereExecution.derniereErreur").contains("HTTP 500"), echec.prettify());
        ds.echecsAVenir.set(0);
        reponses.add(given().queryParam("format", "json").get("/q/openapi").then().extract().asString());

        assertFalse(JOURNAL.isEmpty(), "la capture des journaux ne reçoit rien");
        assertTrue(JOURNAL.stream().anyMatch(l -> l.contains("HTTP 500")), "les nouvelles tentatives sont journalisées");
        for (String ligne : JOURNAL) {
            assertFalse(ligne.contains(JETON), "jeton dans le journal : " + ligne);
        }
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("select jeton_chiffre from ds_configuration where campagne_id = ?::uuid")) {
            ps.setString(1, campagne);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(rs.getString(1).contains(JETON), "jeton stocké en clair");
            }
        }
    }

    @Test
    void uneDecisionEstReporteeSurDsAvecSaMotivation() throws Exception {
        configurer(true);
        int n = numero();
        ajouter(n, Fixtures.siret());
        synchroniser(ADMIN);
        String id = candidatureDuDossier(n);
        JsonPath vue = new JsonPath(as(ADMIN).get("/api/v1/candidatures/" + id).then().statusCode(200).extract().asString());

        ObjectNode e = EventCatalogue.example("decision.rendue").deepCopy();
        e.put("candidatureId", id);
        e.put("numero", vue.getString("numero"));
        e.put("campagneId", campagne);
        e.put("phase", "PHASE_1");
        e.put("siret", vue.getString("structure.siret"));
        e.put("decision", "NON_RETENU");
        String motivation = "Ancrage territorial insuffisant (dossier " + n + ").";
        e.put("motivation", motivation);
        e.put("decisionId", UUID.randomUUID().toString());
        KafkaTestClient.send("ptce.decisions", id, "decision.rendue", e);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                as(ADMIN).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("REFUSEE")));
        await().atMost(Duration.ofSeconds(10)).until(() -> statut().getLong("ecritures.aEnvoyer") == 1);

        // DS refuses a decision on a dossier "en construction": the sender moves it "en instruction" first
        assertEquals(1, envoi.envoyer());
        List<FauxDemarchesSimplifiees.Requete> refus = ds.mutations("dossierRefuser");
        assertEquals(1, ds.mutations("dossierPasserEnInstruction").size());
        assertEquals(1, refus.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> input = (Map<String, Object>) refus.get(0).variables().get("input");
        assertEquals(motivation, input.get("motivation"));
        assertEquals("RG9zc2llci0" + n, input.get("dossierId"));
        assertEquals("refuse", ds.dossiers.get(n).get("state"));
        JsonPath s = statut();
        assertEquals(1, s.getLong("ecritures.envoyees"), s.prettify());
        assertEquals(0, s.getLong("ecritures.aEnvoyer"));

        // DS's new state is ours already: the next run changes nothing
        JsonPath apres = synchroniser(ADMIN);
        assertEquals(1, apres.getInt("derniereExecution.inchanges"), apres.prettify());
    }

    @Test
    void unReportRefuseParDsResteVisibleEtEstRetente() throws Exception {
        configurer(true);
        int n = numero();
        ajouter(n, Fixtures.siret());
        synchroniser(ADMIN);
        String id = candidatureDuDossier(n);
        ObjectNode e = EventCatalogue.example("instruction.demarree").deepCopy();
        e.put("candidatureId", id);
        KafkaTestClient.send("ptce.instructions", id, "instruction.demarree", e);
        await().atMost(Duration.ofSeconds(20)).until(() -> statut().getLong("ecritures.aEnvoyer") == 1);
        ds.refusMutation = "Le dossier est verrouillé";
        assertEquals(0, envoi.envoyer());
        JsonPath s = statut();
        assertEquals(1, s.getLong("ecritures.aEnvoyer"), s.prettify());
        assertTrue(s.getString("ecritures.enAttenteOuEchec[0].derniereErreur").contains("verrouillé"), s.prettify());
        assertEquals(1, s.getInt("ecritures.enAttenteOuEchec[0].tentatives"));
        ds.refusMutation = null;
        await().atMost(Duration.ofSeconds(10)).until(() -> envoi.envoyer() == 1); // after its backoff
        assertEquals("en_instruction", ds.dossiers.get(n).get("state"));
    }

    @Test
    void laConfigurationExigeLeRoleEtNommeLeChampFautif() {
        given().contentType("application/json").body("{}").put(url("")).then().statusCode(401);
        as(INSTRUCTEUR).body(Map.of()).put(url("")).then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.forUser("p", "porteur")).post(url("/synchronisation")).then().statusCode(403);
        as(TestTokens.forUser("p", "porteur")).get(url("/statut")).then().statusCode(403);
        Map<String, Object> corps = new HashMap<>();
        corps.put("urlApi", "pas une url");
        corps.put("jeton", JETON);
        corps.put("numeroDemarche", 12);
        Map<String, Object> correspondance = new HashMap<>(DossiersDeTest.correspondance());
        correspondance.remove("siret");
        corps.put("correspondance", correspondance);
        String r = as(ADMIN).body(corps).put(url("")).then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("urlApi"))
                .body("violations.champ", hasItem("correspondance.siret"))
                .extract().asString();
        assertFalse(r.contains(JETON));
        assertFalse(r.contains("Exception"));
        as(ADMIN).get(url("")).then().statusCode(404);
    }

    @Test
    void lesDocumentsDuConnecteurSontValidesParLeVraiSchemaDs() {
        // the schema is a test resource: without it FauxDemarchesSimplifiees.lireSchema() throws, and this fails
        graphql.schema.GraphQLSchema schema = new graphql.schema.idl.SchemaGenerator().makeExecutableSchema(
                new graphql.schema.idl.SchemaParser().parse(FauxDemarchesSimplifiees.lireSchema()),
                graphql.schema.idl.RuntimeWiring.MOCKED_WIRING);
        List<String> documents = new ArrayList<>(List.of(Requetes.DOSSIERS, Requetes.DOSSIER, Requetes.DOSSIER_COMPLET));
        for (fr.gouv.ptce.candidature.domain.ActionDs a : fr.gouv.ptce.candidature.domain.ActionDs.values()) {
            documents.add(Requetes.mutation(a));
        }
        for (String doc : documents) {
            var erreurs = new graphql.validation.Validator().validateDocument(schema,
                    new graphql.parser.Parser().parseDocument(doc), java.util.Locale.FRENCH);
            assertEquals(List.of(), erreurs, doc);
        }
        assertTrue(schema.getMutationType().getFieldDefinition("dossierEnvoyerMessage")
                .getArgument("input").getType().toString().contains("DossierEnvoyerMessageInput"));
    }
}

package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's dead letters, through the test application's real consumer (EssaiConsumer): a refused
 * event is kept in the service's database and listed to an admin; replayed before its cause is
 * fixed it still waits, with one more attempt; fixed, two replays at once apply it once; replayed
 * again, the same letter comes back and nothing happens twice.
 */
@QuarkusTest
class LettresMortesTest {

    private static final String LETTRES = "/api/v1/admin/lettres-mortes";
    private static final String TOPIC = "ptce.essai";
    private static final String FACT = EssaiEvenementsService.FACT;
    private static final String ADMIN = TestTokens.forUser("admin-lettres", "admin");

    @Test
    void uneLettreMorteSeRejoueUneFoisSaCauseCorrigeeEtUnSecondRejeuEstSansEffet() throws Exception {
        String cle = UUID.randomUUID().toString();
        String texte = "reparable-" + cle;
        String id = KafkaTestClient.send(TOPIC, cle, FACT, Map.of("noteId", 1, "texte", texte, "rang", 0));

        Map<String, Object> lettre = attendre(id);
        assertEquals("commons-it", lettre.get("consommateur"));
        assertEquals(FACT, lettre.get("fait"));
        assertEquals(TOPIC, lettre.get("topic"));
        assertEquals(cle, lettre.get("cle"));
        assertEquals("cause non corrigée pour " + texte, lettre.get("erreur"), "la raison, sans trace de pile");
        assertEquals(1, lettre.get("tentatives"), "un refus n'est pas réessayé");
        assertEquals("EN_ATTENTE", lettre.get("statut"));
        assertTrue(String.valueOf(lettre.get("charge")).contains(texte));
        assertEquals(lettre.get("premierEchec"), lettre.get("dernierEchec"));
        assertNull(lettre.get("rejoueeLe"));
        String lettreId = (String) lettre.get("id");

        // Replayed before the cause is fixed: refused again, still waiting, one more attempt, no effect.
        JsonPath encore = rejouer(lettreId, ADMIN);
        assertEquals("EN_ATTENTE", encore.getString("statut"));
        assertEquals(2, encore.getInt("tentatives"));
        assertEquals("cause non corrigée pour " + texte, encore.getString("erreur"));
        assertFalse(Instant.parse(encore.getString("dernierEchec")).isBefore(Instant.parse(encore.getString("premierEchec"))));
        assertEquals(0, effets(id));

        // Fixed; two administrators replay at once (say on two replicas): one effect, one letter replayed.
        EssaiConsumer.REPARES.add(texte);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<JsonPath>> deux = new ArrayList<>();
        try {
            for (String admin : List.of("admin-a", "admin-b")) {
                deux.add(pool.submit(() -> rejouer(lettreId, TestTokens.forUser(admin, "admin"))));
            }
            for (Future<JsonPath> r : deux) {
                assertEquals("REJOUEE", r.get().getString("statut"));
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, effets(id), "appliqué une fois");
        assertEquals(1, Sql.count("select count(*) from ptce_processed_event where consumer = ? and event_id = ?",
                EssaiConsumer.CONSUMER, id), "désormais connu du dédoublonnage");
        JsonPath rejouee = rejouer(lettreId, ADMIN);
        assertEquals(deux.get(0).get().getString("rejoueeLe"), rejouee.getString("rejoueeLe"));
        assertEquals(deux.get(1).get().getString("rejoueeLe"), rejouee.getString("rejoueeLe"));
        assertTrue(List.of("admin-a", "admin-b").contains(rejouee.getString("rejoueePar")), rejouee.prettify());
        assertEquals(2, rejouee.getInt("tentatives"), "le rejeu réussi n'ajoute pas d'échec");

        // Replayed again: the same letter, no second effect.
        JsonPath encoreUneFois = rejouer(lettreId, ADMIN);
        assertEquals(rejouee.getMap(""), encoreUneFois.getMap(""));
        assertEquals(1, effets(id));
        assertTrue(lettre(id, "REJOUEE").isPresent(), "listée parmi les rejouées");
        assertTrue(lettre(id, "EN_ATTENTE").isEmpty(), "plus parmi celles en attente");

        // Counted on /q/metrics.
        String metriques = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metriques.contains("ptce_lettres_mortes_total{consumer=\"commons-it\",type=\"" + FACT + "\"}"),
                "compteur ptce_lettres_mortes");
    }

    @Test
    void unMessageQuiNEstPasUnCloudEventEstGardeEtSonRejeuEchoueEncore() {
        String cle = UUID.randomUUID().toString();
        KafkaTestClient.sendRaw(TOPIC, cle, "pas un événement".getBytes(StandardCharsets.UTF_8), Map.of(), "brut");
        Map<String, Object> lettre = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> toutes(null).stream().filter(l -> cle.equals(l.get("cle"))).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertNull(lettre.get("evenementId"));
        assertNull(lettre.get("fait"));
        assertEquals("pas un événement", lettre.get("charge"), "gardé tel quel");
        assertTrue(String.valueOf(lettre.get("erreur")).contains("ce_specversion"), String.valueOf(lettre.get("erreur")));

        JsonPath apres = rejouer((String) lettre.get("id"), ADMIN);
        assertEquals("EN_ATTENTE", apres.getString("statut"));
        assertEquals(2, apres.getInt("tentatives"));
    }

    @Test
    void laListeSeParcourtParCurseurDansLOrdreDesEchecs() {
        String cle = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(KafkaTestClient.send(TOPIC, cle, FACT, Map.of("noteId", 1, "texte", "rejet-" + cle + "-" + i, "rang", i)));
        }
        ids.forEach(LettresMortesTest::attendre);
        List<Map<String, Object>> toutes = toutes(1);
        List<String> vues = toutes.stream().map(l -> (String) l.get("evenementId")).filter(ids::contains).toList();
        assertEquals(ids, vues, "dans l'ordre où elles ont été mises de côté, chacune une fois");
        for (int i = 1; i < toutes.size(); i++) {
            assertFalse(Instant.parse((String) toutes.get(i).get("premierEchec"))
                    .isBefore(Instant.parse((String) toutes.get(i - 1).get("premierEchec"))));
        }
    }

    @Test
    void seulUnAdministrateurLesVoitEtLesRejoue() {
        given().when().get(LETTRES).then().statusCode(401);
        given().when().post(LETTRES + "/" + UUID.randomUUID() + "/rejeu").then().statusCode(401);
        String porteur = TestTokens.forUser("porteur-lm", "porteur");
        given().auth().oauth2(porteur).when().get(LETTRES).then().statusCode(403);
        given().auth().oauth2(porteur).when().post(LETTRES + "/" + UUID.randomUUID() + "/rejeu").then().statusCode(403);
        given().auth().oauth2(ADMIN).when().post(LETTRES + "/" + UUID.randomUUID() + "/rejeu").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).queryParam("curseur", "n'importe quoi").when().get(LETTRES).then().statusCode(400)
                .body("violations[0].champ", equalTo("curseur"));
        given().auth().oauth2(ADMIN).queryParam("taille", 0).when().get(LETTRES).then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("statut", "PERDUE").when().get(LETTRES).then().statusCode(400);
    }

    private static JsonPath rejouer(String lettreId, String jeton) {
        return given().auth().oauth2(jeton).when().post(LETTRES + "/" + lettreId + "/rejeu")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long effets(String eventId) {
        return Sql.count("select count(*) from essai_effet where event_id = ?", eventId);
    }

    private static Map<String, Object> attendre(String eventId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> lettre(eventId, "EN_ATTENTE"), Optional::isPresent).orElseThrow();
    }

    private static Optional<Map<String, Object>> lettre(String eventId, String statut) {
        return toutes(null, statut).stream().filter(l -> eventId.equals(l.get("evenementId"))).findFirst();
    }

    private static List<Map<String, Object>> toutes(Integer taille) {
        return toutes(taille, null);
    }

    /** Every letter, page after page. */
    private static List<Map<String, Object>> toutes(Integer taille, String statut) {
        List<Map<String, Object>> out = new ArrayList<>();
        String curseur = null;
        do {
            var requete = given().auth().oauth2(ADMIN);
            if (taille != null) {
                requete = requete.queryParam("taille", taille);
            }
            if (statut != null) {
                requete = requete.queryParam("statut", statut);
            }
            if (curseur != null) {
                requete = requete.queryParam("curseur", curseur);
            }
            JsonPath page = requete.when().get(LETTRES).then().statusCode(200).extract().jsonPath();
            out.addAll(page.getList("elements"));
            curseur = page.getString("curseurSuivant");
        } while (curseur != null);
        return out;
    }
}

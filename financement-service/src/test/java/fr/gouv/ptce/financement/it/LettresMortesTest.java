package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.campagne;
import static fr.gouv.ptce.financement.it.Scenario.conventions;
import static fr.gouv.ptce.financement.it.Scenario.enveloppe;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dead letter of this service, end to end: a phase-2 selection arriving before its campaign is
 * refused by the handler ("pas encore reçue"), kept and listed to the admin; replayed too early it
 * still waits; once the campaign is published (the cause fixed) the replay creates the agreement
 * and commits the envelope; a second replay answers the same letter and commits nothing more.
 */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "financement"))
class LettresMortesTest {

    private static final String LETTRES = "/api/v1/admin/lettres-mortes";
    private static final String ADMIN = TestTokens.forUser("admin-financement", "admin");

    @Test
    void uneSelectionEnLettreMorteEstRejoueeUneFoisLaCampagneRecue() {
        UUID campagneId = UUID.randomUUID();
        ObjectNode sel = selection(campagneId, "porteur-lm");
        String candidature = sel.path("candidatureId").asText();
        String evenementId = envoyer(sel);

        Map<String, Object> lettre = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> lettre(evenementId), Optional::isPresent).orElseThrow();
        assertEquals("financement-service", lettre.get("consommateur"));
        assertEquals("laureat.phase2.selectionne", lettre.get("fait"));
        assertEquals("ptce.decisions", lettre.get("topic"));
        assertEquals("EN_ATTENTE", lettre.get("statut"));
        assertTrue(String.valueOf(lettre.get("erreur")).contains("pas encore reçue"), String.valueOf(lettre.get("erreur")));
        assertTrue(String.valueOf(lettre.get("charge")).contains(candidature));
        String id = (String) lettre.get("id");

        // Retried as a passing fault (a campaign may be overtaken by its selection), then set aside.
        int tentatives = (Integer) lettre.get("tentatives");
        assertEquals(4, tentatives, "ptce.inbox.max-attempts");

        // Too early: the campaign is still unknown; the replay is retried the same way and the letter waits.
        JsonPath tot = rejouer(id);
        assertEquals("EN_ATTENTE", tot.getString("statut"));
        assertEquals(2 * tentatives, tot.getInt("tentatives"));

        // The cause fixed: the campaign is published, then the selection replayed.
        campagne(campagneId, FinancementFlowTest.ENVELOPPE_2023);
        JsonPath rejouee = rejouer(id);
        assertEquals("REJOUEE", rejouee.getString("statut"));
        assertEquals("admin-financement", rejouee.getString("rejoueePar"));
        assertEquals(List.of(candidature), conventions(campagneId.toString()));
        assertEquals(new BigDecimal("100000.00"), enveloppe(campagneId).get("engage"));

        // Again: the same letter, no second agreement, nothing more committed.
        JsonPath encore = rejouer(id);
        assertEquals(rejouee.getMap(""), encore.getMap(""));
        assertEquals(List.of(candidature), conventions(campagneId.toString()));
        assertEquals(new BigDecimal("100000.00"), enveloppe(campagneId).get("engage"));
    }

    private static JsonPath rejouer(String id) {
        return given().auth().oauth2(ADMIN).post(LETTRES + "/{id}/rejeu", id).then().statusCode(200).extract().jsonPath();
    }

    private static Optional<Map<String, Object>> lettre(String evenementId) {
        String curseur = null;
        do {
            var requete = given().auth().oauth2(ADMIN).queryParam("taille", 200);
            if (curseur != null) {
                requete = requete.queryParam("curseur", curseur);
            }
            JsonPath page = requete.get(LETTRES).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> elements = page.getList("elements");
            Optional<Map<String, Object>> trouvee = elements.stream()
                    .filter(l -> evenementId.equals(l.get("evenementId"))).findFirst();
            if (trouvee.isPresent()) {
                return trouvee;
            }
            curseur = page.getString("curseurSuivant");
        } while (curseur != null);
        return Optional.empty();
    }
}

package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comite;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A phase-1 campaign published without a scoring grid (API.md allows it): the committee decides
 * on the instruction alone. Its campaign is accepted (no dead letter), no evaluator can be
 * assigned, and an admissible file is decided lauréat or not retained with its events.
 * A phase-2 campaign without a grid cannot be ranked: refused, kept in the dead letters.
 */
@QuarkusTest
class CampagneSansGrilleTest {

    private static Map<String, Object> decision(UUID dossier, String type) {
        return Map.of("candidatureId", dossier.toString(), "decision", type, "motivation", "Décision sur l'instruction.");
    }

    @Test
    void uneCampagneDePhase1SansGrilleSeDecideSurLaSeuleInstruction() {
        UUID campagne = Scenario.campagneSansGrille();
        UUID laureat = Scenario.depot(campagne, "PHASE_1");
        UUID autre = Scenario.depot(campagne, "PHASE_1");
        UUID nonInstruit = Scenario.depot(campagne, "PHASE_1");
        Scenario.recevable(laureat);
        Scenario.recevable(autre);

        instructeur().body(Map.of("evaluateurSub", "eval-sg", "evaluateurNom", "Éval"))
                .post("/api/v1/instructions/" + laureat + "/evaluateurs")
                .then().statusCode(409).body("code", equalTo("campagne-sans-grille"));
        // Not admissible yet: still no decision.
        comite().body(decision(nonInstruit, "LAUREAT")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(409).body("code", equalTo("transition-interdite"));

        comite().body(decision(laureat, "LAUREAT")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(200).body("decision", equalTo("LAUREAT"));
        comite().body(decision(autre, "NON_RETENU")).post("/api/v1/campagnes/" + campagne + "/decisions")
                .then().statusCode(200).body("decision", equalTo("NON_RETENU"));
        instructeur().get("/api/v1/instructions/" + laureat).then().statusCode(200)
                .body("statut", equalTo("DECIDEE")).body("decision", equalTo("LAUREAT"));

        JsonNode designe = Scenario.attendreEvenements("ptce.decisions", "laureat.phase1.designe", laureat, 1).get(0).data();
        assertThat(EventCatalogue.strictProblems("laureat.phase1.designe", designe)).isEmpty();
        JsonNode refus = Scenario.attendreEvenements("ptce.decisions", "decision.rendue", autre, 1).get(0).data();
        assertThat(refus.path("decision").asText()).isEqualTo("NON_RETENU");
        assertThat(refus.path("motivation").asText()).isEqualTo("Décision sur l'instruction.");
        assertThat(lettresMortesDeLaCampagne(campagne)).isEmpty();
    }

    @Test
    void uneCampagneDePhase2SansGrilleEstRefuseeEtGardeeEnLettreMorte() {
        UUID id = UUID.randomUUID();
        ObjectNode data = (ObjectNode) EventCatalogue.example("campagne.publiee").deepCopy();
        data.put("campagneId", id.toString());
        data.put("code", "PTCE-SG2-" + id.toString().substring(0, 8));
        data.put("phase", "PHASE_2");
        data.putArray("grille");
        KafkaTestClient.send("ptce.campagnes", id.toString(), "campagne.publiee", data);
        await().atMost(Duration.ofSeconds(30)).until(() -> !lettresMortesDeLaCampagne(id).isEmpty());
        assertThat(lettresMortesDeLaCampagne(id).get(0).get("erreur").toString()).contains("phase 2 sans grille");
        comite().get("/api/v1/campagnes/" + id + "/classement").then().statusCode(404);
    }

    private static List<Map<String, Object>> lettresMortesDeLaCampagne(UUID campagne) {
        List<Map<String, Object>> elements = given().auth().oauth2(TestTokens.forUser("admin-sg", "admin"))
                .queryParam("taille", 200).get("/api/v1/admin/lettres-mortes").then().statusCode(200)
                .extract().jsonPath().getList("elements");
        return elements.stream().filter(l -> campagne.toString().equals(l.get("cle"))).toList();
    }
}

package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comite;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Closing a phase-2 selection: every file left on the waiting list becomes NON_RETENU with the
 * committee's motivation and its decision.rendue (which tells its porteur); the lauréat is
 * untouched; a second closing changes nothing; a later withdrawal has nobody left to promote.
 */
@QuarkusTest
class ClotureSelectionTest {

    private static final String MOTIVATION = "Sélection close : toutes les places ont été attribuées.";

    private static Map<String, Object> decision(UUID dossier, String type) {
        return Map.of("candidatureId", dossier.toString(), "decision", type, "motivation", "Motivation du comité.");
    }

    @Test
    void laClotureRendNonRetenusLesDossiersEnListeDAttenteUneFois() {
        UUID campagne = Scenario.campagnePhase2(1);
        UUID laureat = Scenario.dossierClasse(campagne, "PHASE_2", 5, 5);
        UUID second = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        UUID troisieme = Scenario.dossierClasse(campagne, "PHASE_2", 3, 3);
        String decisions = "/api/v1/campagnes/" + campagne + "/decisions";
        comite().body(decision(laureat, "LAUREAT")).post(decisions).then().statusCode(200);
        comite().body(decision(second, "LISTE_ATTENTE")).post(decisions).then().statusCode(200);
        comite().body(decision(troisieme, "LISTE_ATTENTE")).post(decisions).then().statusCode(200);

        String cloture = "/api/v1/campagnes/" + campagne + "/cloture-selection";
        comite().body(Map.of()).post(cloture).then().statusCode(400).body("violations[0].champ", equalTo("motivation"));
        JsonPath close = comite().body(Map.of("motivation", MOTIVATION)).post(cloture)
                .then().statusCode(200).extract().jsonPath();
        assertThat(close.getList("nonRetenus.candidatureId")).containsExactly(second.toString(), troisieme.toString());
        assertThat(close.getList("nonRetenus.decision")).containsOnly("NON_RETENU");
        for (UUID dossier : List.of(second, troisieme)) {
            instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200)
                    .body("statut", equalTo("DECIDEE")).body("decision", equalTo("NON_RETENU"));
            List<KafkaTestClient.Received> rendues = Scenario.attendreEvenements("ptce.decisions", "decision.rendue", dossier, 2);
            // The porteur is told its place on the waiting list ended with the selection, not a first refusal.
            assertThat(rendues.get(0).data().path("circonstance").isNull()).isTrue();
            JsonNode rendue = rendues.get(1).data();
            assertThat(rendue.path("decision").asText()).isEqualTo("NON_RETENU");
            assertThat(rendue.path("circonstance").asText()).isEqualTo("CLOTURE_LISTE_ATTENTE");
            assertThat(rendue.path("motivation").asText()).isEqualTo(MOTIVATION);
            assertThat(EventCatalogue.strictProblems("decision.rendue", rendue)).isEmpty();
        }
        instructeur().get("/api/v1/instructions/" + laureat).then().body("decision", equalTo("LAUREAT"));

        // Once more: nobody left on the list, nothing changes.
        comite().body(Map.of("motivation", MOTIVATION)).post(cloture).then().statusCode(200)
                .body("nonRetenus.size()", equalTo(0));
        assertThat(Scenario.attendreEvenements("ptce.decisions", "decision.rendue", second, 2)).hasSize(2);
        // The lauréat withdraws: nobody is promoted any more.
        comite().body(Map.of("motif", "Renonce.", "promouvoir", true))
                .post(decisions + "/" + laureat + "/desistement").then().statusCode(200).body("promu", nullValue());
    }

    @Test
    void uneCampagneDePhase1NAPasDeListeDAttenteAClore() {
        UUID campagne = Scenario.campagne("PHASE_1", null, null, null);
        comite().body(Map.of("motivation", MOTIVATION)).post("/api/v1/campagnes/" + campagne + "/cloture-selection")
                .then().statusCode(409).body("code", equalTo("liste-attente-phase-2"));
    }
}

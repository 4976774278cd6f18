package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.evaluateur;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluators: isolation, interests declared first, scoring on the grid, submitted once. */
@QuarkusTest
@Order(3)
class EvaluationTest {

    @Test
    void unEvaluateurNeVoitNiNeNoteUnDossierQuiNeLuiEstPasAffecte() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(dossier);
        String alice = ComptesKeycloak.evaluateur("eval-alice");
        String sienne = Scenario.affecter(dossier, alice);
        String autre = "eval-bob";

        evaluateur(autre).get("/api/v1/evaluations").then().statusCode(200)
                .body("elements.id", not(hasItem(sienne)));
        evaluateur(autre).get("/api/v1/evaluations/" + sienne).then().statusCode(404)
                .contentType("application/problem+json");
        evaluateur(autre).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + sienne + "/declaration-interets").then().statusCode(404);
        evaluateur(autre).body(Scenario.notes(4, 4, 4)).put("/api/v1/evaluations/" + sienne).then().statusCode(404);
        evaluateur(autre).post("/api/v1/evaluations/" + sienne + "/soumission").then().statusCode(404);

        evaluateur(alice).get("/api/v1/evaluations").then().statusCode(200)
                .body("elements.id", hasItem(sienne));
    }

    @Test
    void laDeclarationDInteretsPrecedeLaLectureEtLaNotation() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(dossier);
        String carole = ComptesKeycloak.evaluateur("eval-carole");
        String id = Scenario.affecter(dossier, carole);

        // Before declaring: only who the file is about, to recognise a conflict.
        evaluateur(carole).get("/api/v1/evaluations?statut=DECLARATION_ATTENDUE").then().statusCode(200)
                .body("elements.find { it.id == '" + id + "' }.raisonSociale", equalTo("Pôle Coopératif du Val"))
                .body("elements.find { it.id == '" + id + "' }.membres", hasItem("Scop Bois du Val"));
        evaluateur(carole).get("/api/v1/evaluations/" + id).then().statusCode(403)
                .body("code", equalTo("declaration-interets-requise"));
        evaluateur(carole).body(Scenario.notes(4, 4, 4)).put("/api/v1/evaluations/" + id)
                .then().statusCode(409).body("detail", containsString("DECLARATION_ATTENDUE"))
                .body("type", equalTo("https://ptce.gouv.fr/problemes/transition-interdite"))
                .body("violations.find { it.champ == 'statut' }.message", containsString("DECLARATION_ATTENDUE"));
        evaluateur(carole).post("/api/v1/evaluations/" + id + "/soumission")
                .then().statusCode(409).body("detail", containsString("DECLARATION_ATTENDUE"));

        evaluateur(carole).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200)
                .body("statut", equalTo("EN_COURS"));
        // candidature-service learns that eval-carole may now read the application and its attachments
        List<KafkaTestClient.Received> habilitations = Scenario.attendreEvenements("ptce.instructions", "evaluateur.habilite", dossier, 1);
        assertEquals(carole, habilitations.get(0).data().get("evaluateurSub").asText());
        assertEquals(dossier.toString(), habilitations.get(0).key());
        assertTrue(EventCatalogue.strictProblems("evaluateur.habilite", habilitations.get(0).data()).isEmpty());
        evaluateur(carole).get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("candidature.projet.description", containsString("filière bois"))
                .body("grille.code", equalTo(List.of("ANCRAGE", "MODELE", "IMPACT")));
        // Declared once.
        evaluateur(carole).body(Map.of("conflit", true))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(409)
                .body("detail", containsString("EN_COURS"));
    }

    @Test
    void unEnregistrementFaitDepuisUneLecturePerimeeEstRefuseEn412() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(dossier);
        String diane = ComptesKeycloak.evaluateur("eval-diane");
        String id = Scenario.affecter(dossier, diane);
        evaluateur(diane).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200);
        String lu = evaluateur(diane).get("/api/v1/evaluations/" + id).then().statusCode(200).extract().header("ETag");

        String apres = evaluateur(diane).header("If-Match", lu).body(Scenario.notes(4, 4, 4))
                .put("/api/v1/evaluations/" + id).then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(lu, apres);
        evaluateur(diane).header("If-Match", lu).body(Scenario.notes(1, 1, 1))
                .put("/api/v1/evaluations/" + id).then().statusCode(412).body("code", equalTo("version-perimee"));
        Number note = evaluateur(diane).get("/api/v1/evaluations/" + id).then().statusCode(200).header("ETag", apres)
                .extract().path("notes.find { it.critere == 'ANCRAGE' }.note");
        org.junit.jupiter.api.Assertions.assertEquals(4.0, note.doubleValue(), "les notes du premier enregistrement restent");
    }

    @Test
    void unConflitDeclareMetFinALAffectationEtDemandeUnAutreEvaluateur() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(dossier);
        String denis = ComptesKeycloak.evaluateur("eval-denis");
        String id = Scenario.affecter(dossier, denis);
        evaluateur(denis).body(Map.of("conflit", true, "precision", "Administrateur de la Scop Bois du Val."))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200)
                .body("statut", equalTo("CONFLIT"));
        evaluateur(denis).get("/api/v1/evaluations/" + id).then().statusCode(403);
        evaluateur(denis).body(Scenario.notes(4, 4, 4)).put("/api/v1/evaluations/" + id)
                .then().statusCode(409).body("detail", containsString("CONFLIT"));
        // The declaration is kept; the file asks for evaluators again; the same evaluator is not reassigned.
        instructeur().get("/api/v1/instructions/" + dossier).then().statusCode(200)
                .body("evaluateurs.find { it.evaluationId == '" + id + "' }.conflit", equalTo(true))
                .body("evaluateursManquants", equalTo(2))
                .body("historique.action", hasItem("CONFLIT_INTERETS"));
        // A declared conflict clears nobody: candidature-service keeps the file closed to eval-denis.
        assertTrue(KafkaTestClient.readAll("ptce.instructions").stream()
                .noneMatch(r -> "evaluateur.habilite".equals(r.fact()) && dossier.toString().equals(r.key())));
        instructeur().body(Map.of("evaluateurSub", denis))
                .post("/api/v1/instructions/" + dossier + "/evaluateurs").then().statusCode(409)
                .body("code", equalTo("evaluateur-deja-affecte"));
    }

    @Test
    void lesNotesSontValideesSurLaGrilleEtSoumisesUneSeuleFois() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID dossier = Scenario.depot(campagne, "PHASE_2");
        Scenario.recevable(dossier);
        String emma = ComptesKeycloak.evaluateur("eval-emma");
        String id = Scenario.affecter(dossier, emma);
        evaluateur(emma).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200);

        evaluateur(emma).body(Map.of("notes", List.of(
                        Map.of("critere", "ANCRAGE", "note", 5.5),
                        Map.of("critere", "MODELE", "note", 3.25),
                        Map.of("critere", "INCONNU", "note", 3))))
                .put("/api/v1/evaluations/" + id).then().statusCode(400)
                .body("violations.champ", hasItems("notes[0].note", "notes[1].note", "notes[2].critere"));
        evaluateur(emma).body(Map.of("notes", List.of(Map.of("critere", "ANCRAGE"))))
                .put("/api/v1/evaluations/" + id).then().statusCode(400)
                .body("violations.champ", hasItem("notes[0].note"));

        // A draft with one criterion missing cannot be submitted: every missing one is named.
        evaluateur(emma).body(Map.of("notes", List.of(
                        Map.of("critere", "ANCRAGE", "note", 4.5, "commentaire", "Fort."),
                        Map.of("critere", "MODELE", "note", 3))))
                .put("/api/v1/evaluations/" + id).then().statusCode(200).body("notes", hasSize(2));
        evaluateur(emma).post("/api/v1/evaluations/" + id + "/soumission").then().statusCode(422)
                .body("violations.champ", hasItems("notes.IMPACT", "notes.MODELE.commentaire"));

        evaluateur(emma).body(Scenario.notes(4.5, 3, 2)).put("/api/v1/evaluations/" + id)
                .then().statusCode(200).body("total", nullValue());
        // (4.5×3 + 3×2 + 2×2) / 7 = 23.5 / 7 = 3.357… → 3.36
        evaluateur(emma).post("/api/v1/evaluations/" + id + "/soumission").then().statusCode(200)
                .body("statut", equalTo("SOUMISE")).body("total", equalTo(3.36f));
        evaluateur(emma).post("/api/v1/evaluations/" + id + "/soumission").then().statusCode(409)
                .body("detail", containsString("SOUMISE"));
        evaluateur(emma).body(Scenario.notes(1, 1, 1)).put("/api/v1/evaluations/" + id).then().statusCode(409)
                .body("detail", containsString("SOUMISE"));
        evaluateur(emma).get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("notes.find { it.critere == 'ANCRAGE' }.note", equalTo(4.5f));
        instructeur().get("/api/v1/instructions/" + dossier).then()
                .body("statut", equalTo("EN_EVALUATION")).body("evaluationsSoumises", equalTo(1));
    }

    @Test
    void sansCampagneConnueLaNotationAttendLaCampagne() {
        UUID campagneInconnue = UUID.randomUUID();
        UUID dossier = Scenario.depot(campagneInconnue, "PHASE_2");
        Scenario.recevable(dossier);
        String fanny = ComptesKeycloak.evaluateur("eval-fanny");
        String id = Scenario.affecter(dossier, fanny);
        evaluateur(fanny).body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + id + "/declaration-interets").then().statusCode(200);
        evaluateur(fanny).body(Scenario.notes(3, 3, 3)).put("/api/v1/evaluations/" + id)
                .then().statusCode(409).body("code", equalTo("campagne-inconnue"));
    }
}

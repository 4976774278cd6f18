package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 21, scopes: an instructeur, evaluator or committee member of one région (token claim
 * {@code ptce_regions}) gets 404 on every operation on another région's file, never sees it in a
 * list, and cannot act on a whole campaign (403); the national cell sees and does everything.
 */
@QuarkusTest
@Order(9)
class PorteesEvaluationTest {

    private static RequestSpecification en(List<String> regions, String sub, String role) {
        return given().auth().oauth2(TestTokens.inRegions(regions, sub, role)).contentType("application/json");
    }

    private static UUID depotEn(UUID campagne, String region) {
        ObjectNode data = Scenario.candidature(campagne, "PHASE_2");
        ((ObjectNode) data.path("structure")).put("region", region);
        return Scenario.depot(data);
    }

    @Test
    void lInstructeurDUneRegionNInstruitQueSesDossiers() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID bzh = depotEn(campagne, "Bretagne");
        UUID occ = depotEn(campagne, "Occitanie");
        RequestSpecification dreets = en(List.of("Bretagne"), "instr-bzh", "instructeur");

        en(List.of("Bretagne"), "instr-bzh", "instructeur").queryParam("campagne", campagne.toString())
                .get("/api/v1/instructions").then().statusCode(200).body("elements.id", containsInAnyOrder(bzh.toString()));
        dreets.get("/api/v1/instructions/" + occ).then().statusCode(404);
        en(List.of("Bretagne"), "instr-bzh", "instructeur").post("/api/v1/instructions/" + occ + "/prise-en-charge")
                .then().statusCode(404);
        en(List.of("Bretagne"), "instr-bzh", "instructeur").body(Map.of("motif", "Pièce manquante."))
                .post("/api/v1/instructions/" + occ + "/corrections").then().statusCode(404);
        en(List.of("Bretagne"), "instr-bzh", "instructeur").body(Map.of("recevable", true, "motivation", "Complet."))
                .post("/api/v1/instructions/" + occ + "/recevabilite").then().statusCode(404);
        en(List.of("Bretagne"), "instr-bzh", "instructeur").body(Map.of("evaluateurSub", "eval-x"))
                .post("/api/v1/instructions/" + occ + "/evaluateurs").then().statusCode(404);
        Scenario.instructeur().get("/api/v1/instructions/" + occ).then().statusCode(200)
                .body("statut", equalTo("A_INSTRUIRE")); // nothing happened to it

        // Its own région's file: instructed as before.
        en(List.of("Bretagne"), "instr-bzh", "instructeur").post("/api/v1/instructions/" + bzh + "/prise-en-charge")
                .then().statusCode(200).body("statut", equalTo("EN_INSTRUCTION"));
        // The national cell lists both; an instructeur without any scope, none.
        Scenario.instructeur().queryParam("campagne", campagne.toString()).get("/api/v1/instructions").then()
                .statusCode(200).body("elements.id", containsInAnyOrder(bzh.toString(), occ.toString()));
        en(List.of(), "instr-sans", "instructeur").queryParam("campagne", campagne.toString())
                .get("/api/v1/instructions").then().statusCode(200).body("elements", empty());
        en(List.of(), "instr-sans", "instructeur").get("/api/v1/instructions/" + bzh).then().statusCode(404);
    }

    @Test
    void evaluateursEtComiteRestentDansLeursRegions() {
        UUID campagne = Scenario.campagnePhase2(15);
        UUID bzh = Scenario.dossierClasse(campagne, "PHASE_2", 4, 4);
        UUID occ = depotEn(campagne, "Occitanie");
        Scenario.recevable(occ);
        Scenario.evaluer(occ, ComptesKeycloak.evaluateur("eval-a"), 3, 3, 3);
        Scenario.evaluer(occ, ComptesKeycloak.evaluateur("eval-b"), 3, 3, 3);

        // An evaluator assigned (by the national cell) to the Occitanie file while it was of Occitanie in the
        // directory, whose token now says Bretagne (moved since): its scope is read from the token at each call.
        String sub = ComptesKeycloak.evaluateurEn("eval-bzh-" + occ, "Occitanie");
        String affectation = Scenario.affecter(occ, sub);
        en(List.of("Bretagne"), sub, "evaluateur").get("/api/v1/evaluations").then().statusCode(200)
                .body("elements", empty());
        en(List.of("Bretagne"), sub, "evaluateur").get("/api/v1/evaluations/" + affectation).then().statusCode(404);
        en(List.of("Bretagne"), sub, "evaluateur").body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + affectation + "/declaration-interets").then().statusCode(404);
        // The same evaluator with Occitanie in its scope: listed and reachable.
        en(List.of("Bretagne", "Occitanie"), sub, "evaluateur").get("/api/v1/evaluations").then().statusCode(200)
                .body("elements.id", containsInAnyOrder(affectation));
        en(List.of("Occitanie"), sub, "evaluateur").body(Map.of("conflit", false))
                .post("/api/v1/evaluations/" + affectation + "/declaration-interets").then().statusCode(200);

        // A committee member of Bretagne: its lines of the ranking only, 404 on the other file's decision.
        String classement = "/api/v1/campagnes/" + campagne + "/classement";
        en(List.of("Bretagne"), "comite-bzh", "comite").get(classement).then().statusCode(200)
                .body("dossiers.candidatureId", containsInAnyOrder(bzh.toString()))
                .body("dossiers[0].rang", equalTo(1));
        en(List.of("Bretagne"), "comite-bzh", "comite").accept("text/csv").get(classement).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Bretagne"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Occitanie")));
        en(List.of("Bretagne"), "comite-bzh", "comite")
                .body(Map.of("candidatureId", occ.toString(), "decision", "LAUREAT", "motivation", "Motivation."))
                .post("/api/v1/campagnes/" + campagne + "/decisions").then().statusCode(404);
        en(List.of("Bretagne"), "comite-bzh", "comite").body(Map.of("motif", "Désistement.", "promouvoir", false))
                .post("/api/v1/campagnes/" + campagne + "/decisions/" + occ + "/desistement").then().statusCode(404);
        // Acts over the whole campaign are the national cell's.
        en(List.of("Bretagne"), "comite-bzh", "comite").body(Map.of("motivation", "Clôture."))
                .post("/api/v1/campagnes/" + campagne + "/cloture-selection").then().statusCode(403);
        en(List.of("Bretagne"), "comite-bzh", "comite").body(Map.of("motivation", "Promotion."))
                .post("/api/v1/campagnes/" + campagne + "/decisions/promotion").then().statusCode(403);
        en(List.of("Bretagne"), "comite-bzh", "comite").body(Map.of("motif", "Désistement.", "promouvoir", true))
                .post("/api/v1/campagnes/" + campagne + "/decisions/" + bzh + "/desistement").then().statusCode(403);
        en(List.of("Bretagne"), "comite-bzh", "comite").accept("application/pdf")
                .get("/api/v1/campagnes/" + campagne + "/proces-verbal").then().statusCode(403);

        // Its own file: decided. The national cell sees the whole ranking.
        en(List.of("Bretagne"), "comite-bzh", "comite")
                .body(Map.of("candidatureId", bzh.toString(), "decision", "LAUREAT", "motivation", "Motivation."))
                .post("/api/v1/campagnes/" + campagne + "/decisions").then().statusCode(200);
        Scenario.comite().get(classement).then().statusCode(200)
                .body("dossiers.candidatureId", containsInAnyOrder(bzh.toString(), occ.toString()));
    }
}

package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.testing.PtceTestResource;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

/** The platform's shared HTTP behaviour, as this service shows it: 401, 403, 400 naming the field, OpenAPI. */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "evaluation"),
        // the directory of evaluators (annuaire.AnnuaireKeycloak) reads a real Keycloak
        @ResourceArg(name = "keycloak-url", value = "quarkus.keycloak.admin-client.server-url")})
@Order(1)
class PlateformeTest {

    @Test
    void sansJetonLaReponseEst401EnProblemDetails() {
        given().when().get("/api/v1/instructions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("title", equalTo("Authentification requise"));
        given().auth().oauth2(TestTokens.expired("i1", "instructeur")).when().get("/api/v1/instructions")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.signedByForeignKey("i1", "instructeur")).when().get("/api/v1/instructions")
                .then().statusCode(401);
    }

    @Test
    void unJetonSansLeRoleEst403SurChaqueOperation() {
        String porteur = TestTokens.forUser("p1", "porteur");
        UUID id = UUID.randomUUID();
        String[][] gets = {{"/api/v1/instructions"}, {"/api/v1/instructions/" + id}, {"/api/v1/evaluations"},
                {"/api/v1/evaluations/" + id}, {"/api/v1/campagnes/" + id + "/classement"}};
        for (String[] path : gets) {
            given().auth().oauth2(porteur).when().get(path[0]).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        String[] posts = {"/api/v1/instructions/" + id + "/prise-en-charge", "/api/v1/instructions/" + id + "/corrections",
                "/api/v1/instructions/" + id + "/recevabilite", "/api/v1/instructions/" + id + "/evaluateurs",
                "/api/v1/evaluations/" + id + "/declaration-interets", "/api/v1/evaluations/" + id + "/soumission",
                "/api/v1/campagnes/" + id + "/decisions", "/api/v1/campagnes/" + id + "/decisions/" + id + "/desistement"};
        for (String path : posts) {
            given().auth().oauth2(porteur).contentType("application/json").body("{}").when().post(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(porteur).contentType("application/json").body("{}").when().put("/api/v1/evaluations/" + id)
                .then().statusCode(403);
    }

    @Test
    void lesRolesSontCloisonnesEntreInstructeurEvaluateurEtComite() {
        UUID id = UUID.randomUUID();
        // An evaluator does not read the instruction files, nor the ranking.
        Scenario.evaluateur("e1").get("/api/v1/instructions").then().statusCode(403);
        Scenario.evaluateur("e1").get("/api/v1/campagnes/" + id + "/classement").then().statusCode(403);
        // The committee reads files but does not instruct them nor score.
        Scenario.comite().post("/api/v1/instructions/" + id + "/prise-en-charge").then().statusCode(403);
        Scenario.comite().get("/api/v1/evaluations").then().statusCode(403);
        // The instructeur does not decide.
        Scenario.instructeur().body(Map.of("candidatureId", id.toString(), "decision", "LAUREAT", "motivation", "x"))
                .post("/api/v1/campagnes/" + id + "/decisions").then().statusCode(403);
    }

    @Test
    void uneRequeteInvalideEst400NommantLeChampFautif() {
        Scenario.instructeur().body(Map.of("motif", ""))
                .post("/api/v1/instructions/" + UUID.randomUUID() + "/corrections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("motif"));
        Scenario.comite().body(Map.of("candidatureId", "pas-un-uuid", "decision", "LAUREAT", "motivation", "ok"))
                .post("/api/v1/campagnes/" + UUID.randomUUID() + "/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.champ", hasItem("candidatureId"));
        Scenario.comite().body(Map.of("candidatureId", UUID.randomUUID().toString(), "decision", "LAUREAT"))
                .post("/api/v1/campagnes/" + UUID.randomUUID() + "/decisions")
                .then().statusCode(400).body("violations.champ", hasItem("motivation"));
        Scenario.instructeur().get("/api/v1/instructions?taille=1000")
                .then().statusCode(400).body("violations.champ", hasItem("taille"));
        Scenario.instructeur().get("/api/v1/instructions?curseur=%25%25illisible")
                .then().statusCode(400).body("violations.champ", hasItem("curseur"));
    }

    @Test
    void unDossierInconnuEst404EnProblemDetails() {
        Scenario.instructeur().get("/api/v1/instructions/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        Scenario.evaluateur("e1").get("/api/v1/evaluations/" + UUID.randomUUID()).then().statusCode(404);
        Scenario.comite().get("/api/v1/campagnes/" + UUID.randomUUID() + "/classement").then().statusCode(404);
    }

    @Test
    void leDocumentOpenApiDecritChaqueOperationAvecSesErreurs() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/instructions/{id}/recevabilite"))
                .body("paths", hasKey("/api/v1/evaluations/{id}/declaration-interets"))
                .body("paths", hasKey("/api/v1/campagnes/{campagneId}/decisions/{candidatureId}/desistement"))
                .body("paths.'/api/v1/campagnes/{campagneId}/decisions'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/instructions'.get.responses", hasKey("403"));
    }
}

package fr.gouv.ptce.notification.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The limits the OpenAPI document publishes for inputs are enforced: one past is a 400 naming the field. */
@QuarkusTest
class LimitesDesEntreesTest {

    private static final String PARTENAIRE = TestTokens.forUser("partenaire-limites", "partenaire");

    @Test
    void unTypeDEvenementTropLongEstRefuseEnNommantLeChamp() {
        given().auth().oauth2(PARTENAIRE).contentType("application/json")
                .body(Map.of("url", "https://partenaire.example.gouv.fr/ptce", "types", List.of("t".repeat(101))))
                .post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem(startsWith("types")))
                .body(not(containsString("Exception")));
        given().auth().oauth2(PARTENAIRE).get("/api/v1/webhooks").then().statusCode(200)
                .body(not(containsString("partenaire.example.gouv.fr")));
    }

    @Test
    void unCurseurTropLongEstRefuseEnLeNommant() {
        given().auth().oauth2(PARTENAIRE).queryParam("curseur", "c".repeat(501)).get("/api/v1/webhooks")
                .then().statusCode(400)
                .body("violations.champ", hasItem("curseur"));
    }
}

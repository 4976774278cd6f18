package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Found by the system tests' bad-input sweep: a search text holding the NUL character reached
 * PostgreSQL, which refuses it, and the list answered 500. It is now a 400 naming the filter.
 */
@QuarkusTest
class RechercheCaractereNulTest {

    @Test
    void unFiltreContenantLeCaractereNulEstRefuseEnNommantLeChamp() {
        for (String champ : new String[] {"q", "region"}) {
            given().auth().oauth2(INSTRUCTEUR).queryParam(champ, "Bre\u0000tagne")
                    .get("/api/v1/candidatures").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.champ", hasItem(champ))
                    .body(not(containsString("Exception")));
        }
        // The same search without the NUL character is an ordinary search.
        given().auth().oauth2(INSTRUCTEUR).queryParam("q", "Bretagne").get("/api/v1/candidatures").then().statusCode(200);
    }
}

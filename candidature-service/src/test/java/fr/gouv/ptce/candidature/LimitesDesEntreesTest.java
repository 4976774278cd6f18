package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * The limits the OpenAPI document publishes for inputs (maxLength, maximum, maxItems) are the ones
 * the service enforces: one past each is a 400 problem naming the field, and nothing is stored.
 */
@QuarkusTest
class LimitesDesEntreesTest {

    @Test
    void unParametreDeRechercheTropLongEstRefuseEnLeNommant() {
        given().auth().oauth2(INSTRUCTEUR).queryParam("q", "a".repeat(201))
                .get("/api/v1/candidatures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.champ", hasItem("q"))
                .body(not(containsString("Exception")));
        given().auth().oauth2(INSTRUCTEUR).queryParam("q", "a".repeat(200))
                .get("/api/v1/candidatures").then().statusCode(200);
        given().auth().oauth2(INSTRUCTEUR).queryParam("region", "B".repeat(101))
                .get("/api/v1/annuaire").then().statusCode(400)
                .body("violations.champ", hasItem("region"));
    }

    @Test
    void uneCampagneAuDelaDesBornesPublieesEstRefuseeChampParChamp() {
        String code = Fixtures.code("LIM");
        Map<String, Object> corps = Fixtures.campagnePhase2("2023-06-01T00:00:00+02:00", "2023-07-31T12:00:00+02:00");
        corps.put("code", code);
        Map<String, Object> valide = new java.util.HashMap<>(corps);
        corps.put("dureeMois", 241);
        corps.put("maxLaureats", 10_001);
        List<Map<String, Object>> grille = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            grille.add(Map.of("code", "C" + i, "libelle", "Critère " + i, "poids", 1));
        }
        corps.put("grille", grille);
        as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.champ", hasItems("dureeMois", "maxLaureats", "grille"));
        // Nothing was stored: the same code, within the limits, is still free.
        as(ADMIN).body(valide).post("/api/v1/campagnes").then().statusCode(201);
    }
}

package fr.gouv.ptce.financement.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The shared HTTP hardening of ptce-commons is active in this service; and its audit journal is guarded. */
@QuarkusTest
class DurcissementHttpTest {

    @Test
    void enTetesDeSecuriteCorsEtTailleMaximale() {
        given().when().get("/api/v1/conventions").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Server", nullValue());
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/conventions").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/conventions").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body("{\"motivation\":\"" + "x".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/rapports/" + UUID.randomUUID() + "/rejet").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void leJournalDAuditEstReserveAuxAdministrateursEtGestionnaires() {
        given().when().get("/api/v1/journal-audit/financement").then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("i", "instructeur")).when().get("/api/v1/journal-audit/financement")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("g", "gestionnaire"))
                .when().get("/api/v1/journal-audit/financement/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }
}

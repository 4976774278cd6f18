package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The test clock's body is validated like any other: each missing or null field is named, the clock stays put. */
@QuarkusTest
class HorlogeTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void remettre() {
        clock.reset();
    }

    @Test
    void unCorpsIncompletEst400NommantChaqueChampEtNeBougePasLHorloge() {
        String admin = TestTokens.forUser("a1", "admin");
        for (String corps : new String[] {"{}", "{\"instant\":null,\"figee\":null}"}) {
            given().auth().oauth2(admin).contentType("application/json").body(corps)
                    .when().put("/api/v1/horloge")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Requête invalide"))
                    .body("violations", hasSize(2))
                    .body("violations.champ", hasItem("instant"))
                    .body("violations.champ", hasItem("figee"));
        }
        given().auth().oauth2(admin).contentType("application/json").body("{\"instant\":\"2023-03-01T08:00:00Z\"}")
                .when().put("/api/v1/horloge")
                .then().statusCode(400).body("violations.champ", hasItem("figee"));
        given().auth().oauth2(admin).contentType("application/json").body("{\"instant\":\"hier\",\"figee\":true}")
                .when().put("/api/v1/horloge")
                .then().statusCode(400).body("violations.champ", hasItem("instant"));
        given().auth().oauth2(admin).contentType("application/json").body("")
                .when().put("/api/v1/horloge")
                .then().statusCode(400).contentType("application/problem+json");
        assertFalse(clock.isAdjusted(), "a refused body must leave the clock alone");
    }

    @Test
    void unCorpsCompletPlaceLHorloge() {
        given().auth().oauth2(TestTokens.forUser("a1", "admin")).contentType("application/json")
                .body("{\"instant\":\"2023-03-01T08:00:00Z\",\"figee\":true}")
                .when().put("/api/v1/horloge")
                .then().statusCode(200).body("instant", equalTo("2023-03-01T08:00:00Z")).body("figee", equalTo(true));
        org.junit.jupiter.api.Assertions.assertEquals(Instant.parse("2023-03-01T08:00:00Z"), clock.instant());
    }
}

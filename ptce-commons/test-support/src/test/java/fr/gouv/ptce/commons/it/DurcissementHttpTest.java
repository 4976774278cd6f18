package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The shared HTTP hardening on the test service: security headers on every answer (success,
 * error, /q), CORS limited to the configured origins, 413 and 429 as problem+json in French.
 */
@QuarkusTest
class DurcissementHttpTest {

    private static final String BODY = "{\"texte\":\"bonjour\",\"membres\":[{\"nom\":\"A\"}]}";

    static void enTetesDeSecurite(ValidatableResponse r) {
        r.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="))
                .header("Server", nullValue())
                .header("X-Powered-By", nullValue());
    }

    @Test
    void chaqueReponsePorteLesEnTetesDeSecurite() {
        var ok = given().auth().oauth2(TestTokens.forUser("h-1", "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(200)
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", "no-store");
        enTetesDeSecurite(ok);
        enTetesDeSecurite(given().when().post("/api/v1/essais").then().statusCode(401));
        enTetesDeSecurite(given().when().get("/api/v1/inexistant").then().statusCode(404));
        enTetesDeSecurite(given().when().get("/q/health/ready").then());
        // Swagger UI keeps working: its page may run its own scripts, but still not be framed.
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void uneErreurNeMontreNiVersionNiTrace() {
        given().auth().oauth2(TestTokens.forUser("h-2", "admin")).contentType("application/json")
                .body("{\"texte\":\"boum\",\"membres\":[{\"nom\":\"A\"}]}")
                .when().post("/api/v1/essais").then().statusCode(500)
                .body(not(containsString("Quarkus"))).body(not(containsString("at fr.gouv")))
                .header("Server", nullValue());
    }

    @Test
    void leCorsAdmetLesOriginesConfigureesEtRefuseLesAutres() {
        given().header("Origin", "https://front.ptce.test").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .when().options("/api/v1/essais").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://front.ptce.test")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().auth().oauth2(TestTokens.forUser("h-3", "admin")).header("Origin", "https://front.ptce.test")
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front.ptce.test")
                .header("Vary", containsString("Origin"));

        given().header("Origin", "https://pirate.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/essais").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("origine-non-autorisee"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(TestTokens.forUser("h-3", "admin")).header("Origin", "https://pirate.example")
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void unCorpsTropVolumineuxEst413EnProblemDetails() {
        String gros = "{\"texte\":\"" + "x".repeat(1_100_000) + "\",\"membres\":[{\"nom\":\"A\"}]}";
        given().auth().oauth2(TestTokens.forUser("h-4", "admin")).contentType("application/json").body(gros)
                .when().post("/api/v1/essais").then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Requête trop volumineuse"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void desEnTetesTropVolumineuxSontRefuses() {
        given().header("X-Bourrage", "y".repeat(20_000)).when().get("/q/health/ready").then().statusCode(431);
    }

    @Test
    void sansJetonValideOnNApprendQue401MemeAuDelaDeLaRafale() {
        // twice the burst from one address, without a token then with a forged one: never a 429
        for (int i = 0; i < 45; i++) {
            given().contentType("application/json").body(BODY).when().post("/api/v1/essais").then().statusCode(401);
            given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl").contentType("application/json").body(BODY)
                    .when().post("/api/v1/essais").then().statusCode(401);
        }
    }

    @Test
    void auDelaDeLaRafaleLesEcrituresDUnClientSontRefuseesEn429() {
        String jeton = TestTokens.forUser("h-rafale", "admin");
        int acceptees = 0;
        ValidatableResponse refus = null;
        for (int i = 0; i < 40 && refus == null; i++) {
            var r = given().auth().oauth2(jeton).contentType("application/json").body(BODY)
                    .when().post("/api/v1/essais").then();
            if (r.extract().statusCode() == 429) {
                refus = r;
            } else {
                r.statusCode(200);
                acceptees++;
            }
        }
        // Burst of 20, plus what the one write every 10 s refill gave while the loop ran.
        org.junit.jupiter.api.Assertions.assertTrue(acceptees >= 20 && acceptees < 23, "acceptées : " + acceptees);
        org.junit.jupiter.api.Assertions.assertNotNull(refus, "aucun 429");
        String attente = refus.contentType("application/problem+json")
                .body("title", equalTo("Trop de requêtes"))
                .header("RateLimit-Policy", equalTo("\"ecritures\";q=6;w=60"))
                .extract().header("Retry-After");
        int secondes = Integer.parseInt(attente);
        org.junit.jupiter.api.Assertions.assertTrue(secondes >= 1 && secondes <= 10, "Retry-After " + attente);
        refus.header("RateLimit", equalTo("\"ecritures\";r=0;t=" + secondes));
        // Another client is not affected, and reads are never limited.
        given().auth().oauth2(TestTokens.forUser("h-autre", "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(200);
        given().auth().oauth2(jeton).when().get("/q/health/ready").then().statusCode(200);
    }
}

package fr.gouv.ptce.commons.testing;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * What every service must show of ptce-commons' HTTP hardening and audit journal, checked from the
 * service's own @QuarkusTest (so a service that drops a shared default is caught where it lives).
 */
public final class DurcissementAttendu {

    /** The front-end origin the %test profile allows (ptce.cors.origins' default). */
    public static final String ORIGINE_AUTORISEE = "http://localhost:3000";

    private DurcissementAttendu() {
    }

    /**
     * Security headers on a 401 (answers the service did not even process carry them too), no
     * server banner, preflight accepted from the configured origin only.
     */
    public static void enTetesEtCors(String cheminProtege) {
        given().when().get(cheminProtege).then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Server", nullValue());
        given().header("Origin", ORIGINE_AUTORISEE).header("Access-Control-Request-Method", "POST")
                .when().options(cheminProtege).then().statusCode(204)
                .header("Access-Control-Allow-Origin", ORIGINE_AUTORISEE);
        given().header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "POST")
                .when().options(cheminProtege).then().statusCode(403)
                .contentType("application/problem+json");
    }

    /** A JSON body over the shared 1 MB limit is refused with a 413 problem before any processing. */
    public static void corpsTropGrandRefuse(String cheminPost) {
        given().contentType("application/json").body("{\"motivation\":\"" + "x".repeat(1_100_000) + "\"}")
                .when().post(cheminPost).then().statusCode(413)
                .contentType("application/problem+json");
    }

    /**
     * The service's audit journal: 401 without a token, 403 for a role outside admin/gestionnaire,
     * and an intact chain for a gestionnaire.
     */
    public static void journalAuditReserve(String service, String roleRefuse) {
        String chemin = "/api/v1/journal-audit/" + service;
        given().when().get(chemin).then().statusCode(401);
        given().auth().oauth2(TestTokens.forUser("r-" + UUID.randomUUID(), roleRefuse)).when().get(chemin)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("g", "gestionnaire")).when().get(chemin + "/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }
}

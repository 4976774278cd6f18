package fr.gouv.ptce.notification.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

/** The shared HTTP hardening of ptce-commons (headers, CORS) is active in this service. */
@QuarkusTest
@Order(50)
class DurcissementHttpTest {

    @Test
    void enTetesDeSecuriteEtCorsRestreint() {
        given().when().get("/api/v1/notifications").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Server", nullValue());
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/notifications").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/notifications").then().statusCode(403)
                .contentType("application/problem+json");
    }
}

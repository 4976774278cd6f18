package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Runs last (it cuts the database off), and restores it whatever happens. */
@QuarkusTest
@Order(100)
class DisponibiliteTest {

    @Test
    void laDisponibiliteTombeQuandLaBaseEstInjoignableEtRevient() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        TestDatabase.cutOff("candidature");
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            TestDatabase.restore("candidature");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }
}

package fr.gouv.ptce.notification.it;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Readiness follows the database; runs last (quarkus.test.class-orderer + @Order) and restores it. */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class DisponibiliteTest {

    @Test
    void laDisponibiliteTombeQuandLaBaseEstInjoignableEtRevientSeule() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        TestDatabase.cutOff(Evenements.BASE);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            TestDatabase.restore(Evenements.BASE);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }
}

package fr.gouv.ptce.financement.it;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Cuts the database off and restores it whatever happens (finally), then waits until the service
 * is ready again: the other classes may run before or after it.
 */
@QuarkusTest
class DisponibiliteTest {

    @Test
    void laDisponibiliteTombeQuandLaBaseEstInjoignableEtRevientSeule() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        TestDatabase.cutOff("financement");
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            TestDatabase.restore("financement");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }
}

package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReadinessTest {

    @Test
    void laDisponibiliteTombeQuandLaBaseEstInjoignableEtRevientSeule() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        TestDatabase.cutOff("commons_it");
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            TestDatabase.restore("commons_it");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }
}

package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

/**
 * Issue 21, scopes: an instructeur of one région reads the notifications and acknowledgements of
 * its régions' files only (the file's région comes from its deposit event); another région's answer
 * 404 and stay out of its list; the national cell reads them all.
 */
@QuarkusTest
class PorteesNotificationsTest {

    @Test
    void lInstructeurDUneRegionNeLitQueLesCourrielsDeSesDossiers() {
        String occitanie = depot("Occitanie");
        String bretagne = depot("Bretagne");
        String bzh = TestTokens.inRegions(List.of("Bretagne"), "instr-notif-bzh", "instructeur");
        String nationale = TestTokens.forUser("instr-notif-nat", "instructeur");

        String idOcc = given().auth().oauth2(nationale).queryParam("candidature", occitanie).get("/api/v1/notifications")
                .then().statusCode(200).body("elements", not(empty())).extract().path("elements[0].id");
        given().auth().oauth2(nationale).get("/api/v1/notifications/accuses-reception/" + occitanie).then().statusCode(200);

        given().auth().oauth2(bzh).get("/api/v1/notifications/accuses-reception/" + occitanie).then().statusCode(404);
        given().auth().oauth2(bzh).get("/api/v1/notifications/" + idOcc + "/piece-jointe").then().statusCode(404);
        given().auth().oauth2(bzh).queryParam("candidature", occitanie).get("/api/v1/notifications").then()
                .statusCode(200).body("elements", empty());
        // its own région's file: readable and listed
        given().auth().oauth2(bzh).get("/api/v1/notifications/accuses-reception/" + bretagne).then().statusCode(200);
        given().auth().oauth2(bzh).queryParam("candidature", bretagne).get("/api/v1/notifications").then()
                .statusCode(200).body("elements", not(empty()));
        // a staff user without any scope: nothing
        given().auth().oauth2(TestTokens.inRegions(List.of(), "instr-notif-sans", "instructeur"))
                .get("/api/v1/notifications/accuses-reception/" + bretagne).then().statusCode(404);
    }

    private static String depot(String region) {
        String candidature = UUID.randomUUID().toString();
        String email = "portee-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode d = Evenements.exemple("candidature.deposee", candidature, "porteur-portee-" + candidature, email);
        ((ObjectNode) d.path("structure")).put("region", region);
        Evenements.envoyer("candidature.deposee", candidature, d);
        Courriels.unSeul(email);
        return candidature;
    }
}

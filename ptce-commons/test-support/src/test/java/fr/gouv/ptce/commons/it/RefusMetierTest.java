package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** A refusal thrown by plain domain code reaches the client as the kit's one 409 problem, in every service. */
@QuarkusTest
class RefusMetierTest {

    @Test
    void uneTransitionRefuseeEst409TransitionInterditeAvecLeStatutActuel() {
        given().auth().oauth2(TestTokens.forUser("r-1", "admin")).when().post("/api/v1/essais/refus/transition")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/transition-interdite"))
                .body("code", equalTo("transition-interdite"))
                .body("detail", equalTo("Opération « rouvrir » impossible au statut CLOTUREE : une campagne close ne rouvre pas."))
                .body("violations[0].champ", equalTo("statut"))
                .body("instance", equalTo("/api/v1/essais/refus/transition"));
    }

    @Test
    void uneRegleMetierRefuseeEst409AvecSonCode() {
        given().auth().oauth2(TestTokens.forUser("r-1", "admin")).when().post("/api/v1/essais/refus/regle")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/enveloppe-depassee"))
                .body("code", equalTo("enveloppe-depassee"))
                .body("title", equalTo("Conflit avec l'état actuel"))
                .body("detail", equalTo("enveloppe dépassée : 10000000 centimes demandés, 0 disponibles"));
    }
}

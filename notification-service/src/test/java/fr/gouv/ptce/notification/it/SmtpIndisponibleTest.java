package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** SMTP down: nothing is lost, the status shows it; once SMTP is back the e-mail goes out. */
@QuarkusTest
class SmtpIndisponibleTest {

    @Test
    void leCourrielAttendLeRetourDuServeurSmtpPuisPartEtLaPreuveEstEnregistree() {
        String candidature = UUID.randomUUID().toString();
        String porteur = "porteur-panne-" + candidature.substring(0, 8);
        String email = "panne-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode d = Evenements.exemple("candidature.deposee", candidature, porteur, email);

        SmtpDeTest.arreter();
        try {
            Evenements.attendreTraite(Evenements.envoyer("candidature.deposee", candidature, d));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                JsonPath n = premiere(porteur, candidature);
                assertThat(n.getString("statut"), equalTo("EN_ATTENTE"));
                assertThat(n.getInt("tentatives"), greaterThanOrEqualTo(2));
                assertThat(n.getString("derniereErreur"), notNullValue());
            });
        } finally {
            SmtpDeTest.demarrer();
        }

        MimeMessage recu = Courriels.unSeul(email);
        assertThat(Courriels.sujet(recu), containsString("Accusé de réception de votre candidature PTCE-2023-P2-00042"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(premiere(porteur, candidature).getString("statut"), equalTo("ENVOYEE")));
        JsonPath n = premiere(porteur, candidature);
        assertThat(n.getString("envoyeeLe"), notNullValue());
        assertThat(n.getString("destinataire"), equalTo(email));
        assertThat(n.getString("modele"), equalTo("ACCUSE_RECEPTION"));
        assertThat(n.getString("messageId"), equalTo(messageId(recu)));
    }

    private static JsonPath premiere(String porteur, String candidature) {
        return given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                .queryParam("candidature", candidature)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().setRootPath("elements[0]");
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

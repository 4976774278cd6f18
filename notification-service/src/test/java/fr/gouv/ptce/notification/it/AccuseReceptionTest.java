package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The acknowledgement of receipt of an application carries what the code des relations entre le
 * public et l'administration requires (L. 112-3, R. 112-5): date of receipt, the service in charge
 * and how to reach it, when silence becomes a rejection, the appeal routes; in the e-mail and in its
 * PDF attachment, which its porteur (and the staff, nobody else) can download again.
 */
@QuarkusTest
class AccuseReceptionTest {

    /** The mentions, as the test configuration and the catalogue example (received 12 July 2023) make them. */
    private static final List<String> MENTIONS = List.of(
            "Date de réception de la demande : 12 juillet 2023 à 11 h 30",
            "Service chargé du dossier : Service instructeur de l'appel à manifestation d'intérêt PTCE",
            "Adresse postale : Bureau de l'économie sociale et solidaire, 1 place de l'Exemple, 75000 Paris",
            "Adresse électronique : ami-ptce@exemple.gouv.fr", "Téléphone : 01 00 00 00 00",
            "article L. 231-4 du code des relations entre le public et l'administration",
            "le silence gardé pendant deux mois sur une demande présentant un caractère financier vaut décision de rejet",
            "réputée rejetée le 12 septembre 2023");

    @Test
    void leCourrielEtSonPdfPortentLesMentionsObligatoires() throws Exception {
        String candidature = UUID.randomUUID().toString();
        String email = "ar-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode d = Evenements.exemple("candidature.deposee", candidature, "porteur-ar-" + candidature, email);
        Evenements.envoyer("candidature.deposee", candidature, d);
        MimeMessage m = Courriels.unSeul(email);

        assertThat(Courriels.sujet(m), containsString("Accusé de réception de votre candidature PTCE-2023-P2-00042"));
        String texte = Courriels.texte(m);
        for (String mention : MENTIONS) {
            assertThat(texte, containsString(mention));
        }
        for (String mention : CourrielsParEvenementTest.RECOURS) {
            assertThat(texte, containsString(mention));
        }
        assertThat(texte, containsString("à compter de la date à laquelle la décision implicite de rejet est née"));
        assertThat(Courriels.html(m), containsString("réputée rejetée le <strong>12 septembre 2023</strong>"));

        Map<String, byte[]> pieces = Courriels.piecesJointes(m);
        assertThat(pieces.keySet(), equalTo(java.util.Set.of("accuse-reception-PTCE-2023-P2-00042.pdf")));
        String pdf = texteDuPdf(pieces.values().iterator().next());
        assertThat(pdf, containsString("Accusé de réception de la candidature PTCE-2023-P2-00042"));
        for (String phrase : List.of("Date de réception de la demande : 12 juillet 2023 à 11 h 30",
                "Service chargé du dossier", "ami-ptce@exemple.gouv.fr", "12 septembre 2023", "L. 231-4",
                "recours gracieux", "R. 421-1", "Télérecours citoyens", "Pôle Coopératif du Val")) {
            assertThat(pdf.replaceAll("\\s+", " "), containsString(phrase));
        }
    }

    @Test
    void sonPorteurEtLEquipeLeTelechargentPersonneDAutre() throws Exception {
        String candidature = UUID.randomUUID().toString();
        String porteur = "porteur-ar2-" + candidature;
        String email = "ar2-" + candidature.substring(0, 8) + "@exemple.fr";
        String chemin = "/api/v1/notifications/accuses-reception/" + candidature;
        // Before candidature.deposee is handled there is nothing to download.
        given().auth().oauth2(TestTokens.forUser(porteur, "porteur")).when().get(chemin)
                .then().statusCode(404).contentType("application/problem+json");

        Evenements.envoyer("candidature.deposee", candidature,
                Evenements.exemple("candidature.deposee", candidature, porteur, email));
        byte[] joint = Courriels.piecesJointes(Courriels.unSeul(email)).values().iterator().next();

        Response r = given().auth().oauth2(TestTokens.forUser(porteur, "porteur")).when().get(chemin);
        r.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("accuse-reception-PTCE-2023-P2-00042.pdf"));
        assertThat("le document téléchargé est celui qui a été joint", java.util.Arrays.equals(r.asByteArray(), joint), is(true));
        given().auth().oauth2(TestTokens.forUser("instructeur-ar", "instructeur")).when().get(chemin)
                .then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(TestTokens.forUser("un-autre-porteur", "porteur")).when().get(chemin)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get(chemin).then().statusCode(401);
        // An identifier that cannot be one names no resource: 404 like any unknown one, as problem details.
        given().auth().oauth2(TestTokens.forUser(porteur, "porteur")).when()
                .get("/api/v1/notifications/accuses-reception/pas-un-uuid").then().statusCode(404)
                .contentType("application/problem+json");

        // The list shows which notification carries a document, and that one is downloadable too.
        String id = given().auth().oauth2(TestTokens.forUser(porteur, "porteur")).queryParam("candidature", candidature)
                .when().get("/api/v1/notifications").then().statusCode(200)
                .body("elements.pieceJointe", hasItem("accuse-reception-PTCE-2023-P2-00042.pdf"))
                .extract().path("elements[0].id");
        byte[] parId = given().auth().oauth2(TestTokens.forUser(porteur, "porteur"))
                .when().get("/api/v1/notifications/" + id + "/piece-jointe")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(java.util.Arrays.equals(parId, joint), is(true));
        given().auth().oauth2(TestTokens.forUser("un-autre-porteur", "porteur"))
                .when().get("/api/v1/notifications/" + id + "/piece-jointe").then().statusCode(404);
    }

    private static String texteDuPdf(byte[] octets) throws Exception {
        try (PDDocument doc = Loader.loadPDF(octets)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole application as one PDF, read back with PDFBox: same access as the JSON read. */
@QuarkusTest
@Order(5)
class DossierPdfTest {

    @Test
    void leDossierEntierSImprimeAvecSesPiecesEtSonHistorique() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        Fixtures.deposer(porteur, id).then().statusCode(200);
        JsonPath json = given().auth().oauth2(porteur).get("/api/v1/candidatures/" + id).then().statusCode(200)
                .extract().jsonPath();

        String texte = texte(given().auth().oauth2(porteur).accept("application/pdf").get("/api/v1/candidatures/" + id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(json.getString("numero") + ".pdf"))
                .extract().asByteArray());
        assertTrue(texte.contains("Dossier de candidature " + json.getString("numero")), texte);
        for (String attendu : List.of("Raison sociale : Pôle Coopératif du Val", "Territoire : Pays de Rennes",
                "Titre : Filière bois local", "Budget : 250 000,00 €", "Emplois visés : 12",
                "Communauté de communes du Val", "COLLECTIVITE", "Adresse électronique : claire@pole-val.fr",
                "Membres (3)", "Pièces jointes (2)", "statuts.pdf", "budget.pdf")) {
            assertTrue(texte.contains(attendu), attendu + " absent de :\n" + texte);
        }
        List<String> empreintes = json.getList("pieces.sha256");
        assertEquals(2, empreintes.size());
        for (String sha : empreintes) {
            assertTrue(texte.contains(sha), sha + " absent de :\n" + texte);
        }
        List<String> statuts = json.getList("historique.nouveauStatut");
        assertTrue(statuts.contains("DEPOSEE"), statuts.toString());
        String historique = texte.substring(texte.indexOf("Historique des statuts"));
        for (String statut : statuts) {
            assertTrue(historique.contains(statut), statut + " absent de :\n" + historique);
        }

        // Staff readers too; a stranger and an unknown id get 404; a role that does not read files 403.
        given().auth().oauth2(INSTRUCTEUR).accept("application/pdf").get("/api/v1/candidatures/" + id).then().statusCode(200);
        given().auth().oauth2(ADMIN).accept("application/pdf").get("/api/v1/candidatures/" + id).then().statusCode(200);
        given().auth().oauth2(Fixtures.porteur()).accept("application/pdf").get("/api/v1/candidatures/" + id).then()
                .statusCode(404).contentType(containsString("application/problem+json"));
        given().auth().oauth2(INSTRUCTEUR).accept("application/pdf").get("/api/v1/candidatures/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(fr.gouv.ptce.commons.testing.TestTokens.forUser("g1", "gestionnaire"))
                .accept("application/pdf").get("/api/v1/candidatures/" + id).then().statusCode(403);
        // A generic client still reads the JSON.
        given().auth().oauth2(porteur).accept("*/*").get("/api/v1/candidatures/" + id).then().statusCode(200)
                .contentType(containsString("application/json")).body("id", equalTo(id));
    }

    private static String texte(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

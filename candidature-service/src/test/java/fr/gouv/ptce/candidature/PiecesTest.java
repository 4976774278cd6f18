package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Order(5)
class PiecesTest {

    private static final int MO = 1024 * 1024;

    static long nombreDePieces(String candidatureId) throws Exception {
        return compter("select count(*) from piece where candidature_id = ?", candidatureId);
    }

    /** Stored contents (piece_contenu rows) of an application's attachments. */
    static long nombreDeContenus(String candidatureId) throws Exception {
        return compter("select count(*) from piece_contenu pc join piece p on p.id = pc.piece_id where p.candidature_id = ?",
                candidatureId);
    }

    private static long compter(String sql, String candidatureId) throws Exception {
        try (Connection c = TestDatabase.connect("candidature"); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(candidatureId));
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void unePieceEstTypeeParSonContenuEmpreinteEtNommeeProprement() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        byte[] pdf = Fixtures.pdf();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        String pieceId = Fixtures.joindre(porteur, id, "STATUTS", "../../etc/Statuts\u0000 signes.pdf", pdf).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(sha))
                .body("taille", equalTo(pdf.length))
                .body("nomFichier", equalTo("Statuts_ signes.pdf"))
                .extract().path("id");
        byte[] relu = given().auth().oauth2(porteur).get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertArrayEquals(pdf, relu);
        // Staff read, strangers get 404.
        given().auth().oauth2(INSTRUCTEUR).get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then().statusCode(200);
        given().auth().oauth2(Fixtures.porteur()).get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then().statusCode(404);
        given().auth().oauth2(Fixtures.porteur()).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(404);
        // an evaluator not cleared on this file (EvaluateurLecteurTest covers the cleared one)
        given().auth().oauth2(fr.gouv.ptce.commons.testing.TestTokens.forUser("e1", "evaluateur"))
                .get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then().statusCode(404);

        Fixtures.joindre(porteur, id, "BUDGET", "budget.docx", Fixtures.docx()).then().statusCode(201)
                .body("mediaType", containsString("wordprocessingml"));
        Fixtures.joindre(porteur, id, "BUDGET", "budget.xlsx", Fixtures.xlsx()).then().statusCode(201)
                .body("mediaType", containsString("spreadsheetml"));
        Fixtures.joindre(porteur, id, "AUTRE", "note.odt", Fixtures.odt()).then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.oasis.opendocument.text"));
        Fixtures.joindre(porteur, id, "AUTRE", "logo.png", Fixtures.png()).then().statusCode(201)
                .body("mediaType", equalTo("image/png"));
        given().auth().oauth2(porteur).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(200)
                .body("size()", equalTo(5));
    }

    @Test
    void unTypeDeguiseParSonNomEstRefuse() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        // A script named like a PDF.
        Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", "#!/bin/sh\nrm -rf /\n".getBytes()).then().statusCode(415)
                .contentType("application/problem+json").body("violations[0].champ", equalTo("fichier"));
        // A real image named like a PDF.
        Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", Fixtures.png()).then().statusCode(415);
        // A ZIP that is no office document.
        Fixtures.joindre(porteur, id, "BUDGET", "budget.docx", Fixtures.zip("virus.exe", "MZ")).then().statusCode(415);
        Fixtures.joindre(porteur, id, "INCONNU", "a.pdf", Fixtures.pdf()).then().statusCode(400)
                .body("violations[0].champ", equalTo("type"));
        assertEquals(0, nombreDePieces(id));
    }

    @Test
    void auDelaDeDixMoOuDeCinquanteMoAuTotalRienNEstEnregistre() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        byte[] tropGros = new byte[10 * MO + 1];
        System.arraycopy(Fixtures.pdf(), 0, tropGros, 0, 5);
        Fixtures.joindre(porteur, id, "AUTRE", "gros.pdf", tropGros).then().statusCode(413)
                .contentType("application/problem+json").body("violations[0].champ", equalTo("fichier"));
        assertEquals(0, nombreDePieces(id));

        byte[] dixMo = new byte[10 * MO];
        System.arraycopy(Fixtures.pdf(), 0, dixMo, 0, 5);
        for (int i = 0; i < 5; i++) {
            Fixtures.joindre(porteur, id, "AUTRE", "annexe" + i + ".pdf", dixMo).then().statusCode(201);
        }
        Fixtures.joindre(porteur, id, "AUTRE", "encore.pdf", Fixtures.pdf()).then().statusCode(413)
                .body("detail", containsString("50 Mo"));
        assertEquals(5, nombreDePieces(id));
    }
}

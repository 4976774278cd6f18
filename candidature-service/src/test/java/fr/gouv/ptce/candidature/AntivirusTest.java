package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestClamd;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Attachments scanned by a real clamd (Debian's clamav-daemon, started by deploy/clamav/clamd.sh with
 * the EICAR test signature): an infected file is a 422 naming the signature, a daemon that cannot be
 * reached a 503; in both cases nothing is stored.
 */
@QuarkusTest
@Order(6)
class AntivirusTest {

    /** EICAR's standard antivirus test file, in two halves so that this source is not itself flagged. */
    static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void unFichierInfecteEstRefuseEnNommantLaSignatureEtRienNEstEnregistre() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        Fixtures.joindre(porteur, id, "AUTRE", "eicar.com", EICAR).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("piece-infectee"))
                .body("detail", containsString("Eicar-Test-Signature"))
                .body("violations[0].champ", equalTo("fichier"))
                .body("violations[0].message", containsString("Eicar-Test-Signature"));
        // The test string hidden inside what looks like a PDF is found as well.
        byte[] pdfPiege = (new String(Fixtures.pdf(), StandardCharsets.US_ASCII) + new String(EICAR, StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", pdfPiege).then().statusCode(422)
                .body("code", equalTo("piece-infectee"));
        assertEquals(0, PiecesTest.nombreDePieces(id));
        assertEquals(0, PiecesTest.nombreDeContenus(id));

        Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", Fixtures.pdf()).then().statusCode(201);
        assertEquals(1, PiecesTest.nombreDeContenus(id));
    }

    @Test
    void sansAntivirusJoignableLaPieceEstRefuseeEn503EtRienNEstEnregistre() throws Exception {
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        TestClamd.arreter();
        try {
            Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", Fixtures.pdf()).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("code", equalTo("antivirus-indisponible"))
                    .body("detail", containsString("rien n'a été enregistré"))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("trace")));
            assertEquals(0, PiecesTest.nombreDePieces(id));
        } finally {
            TestClamd.redemarrer();
        }
        Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", Fixtures.pdf()).then().statusCode(201);
        assertEquals(1, PiecesTest.nombreDePieces(id));
    }
}

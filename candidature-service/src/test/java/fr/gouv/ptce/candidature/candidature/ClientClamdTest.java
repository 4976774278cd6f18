package fr.gouv.ptce.candidature.candidature;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** clamd's answers as documented for INSTREAM (clamd(8)); the live exchange is in AntivirusTest. */
class ClientClamdTest {

    @Test
    void lesReponsesDeClamdDeviennentUnVerdictOuUneErreur() throws IOException {
        assertInstanceOf(ClientClamd.Sain.class, ClientClamd.verdict("stream: OK"));
        assertEquals(new ClientClamd.Infecte("Win.Test.EICAR_HDB-1"), ClientClamd.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"));
        assertThrows(IOException.class, () -> ClientClamd.verdict("INSTREAM size limit exceeded. ERROR"));
        assertThrows(IOException.class, () -> ClientClamd.verdict(""));
    }
}

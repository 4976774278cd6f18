package fr.gouv.ptce.commons.concurrence;

import fr.gouv.ptce.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionsTest {

    @Test
    void laVersionCouranteOuEtoileEstAcceptee() {
        assertEquals("\"7\"", Versions.etag(7));
        assertDoesNotThrow(() -> Versions.verifier("\"7\"", 7, true));
        assertDoesNotThrow(() -> Versions.verifier("W/\"7\"", 7, true));
        assertDoesNotThrow(() -> Versions.verifier("\"5\", \"7\"", 7, true));
        assertDoesNotThrow(() -> Versions.verifier("*", 7, true));
    }

    @Test
    void uneVersionPerimeeEst412EtUnIfMatchAbsentEst428SiIlEstExige() {
        ProblemException perimee = assertThrows(ProblemException.class, () -> Versions.verifier("\"6\"", 7, false));
        assertEquals(412, perimee.problem().status());
        assertEquals("If-Match", perimee.problem().violations().get(0).champ());
        ProblemException absente = assertThrows(ProblemException.class, () -> Versions.verifier(null, 7, true));
        assertEquals(428, absente.problem().status());
        assertDoesNotThrow(() -> Versions.verifier(" ", 7, false));
        assertThrows(ProblemException.class, () -> Versions.verifier("7", 7, false), "une ETag sans guillemets n'est pas celle-ci");
    }
}

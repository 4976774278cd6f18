package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key of the DS tokens at rest: refused in production when absent or short, tolerated in dev and test. */
class CleJetonDsTest {

    private static final String CLE_32 = "0123456789abcdef0123456789abcdef";

    @Test
    void enProductionUneCleAbsenteEmpecheLeDemarrageEnNommantLaVariable() {
        for (String absente : new String[] {null, "", "   "}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CleJetonDs.choisir(absente, false));
            assertTrue(e.getMessage().startsWith("PTCE_DS_TOKEN_KEY absente"), e.getMessage());
            assertTrue(e.getMessage().contains("openssl rand"), e.getMessage());
            assertTrue(e.getMessage().contains("ptce-ds-token-key"), e.getMessage());
        }
    }

    @Test
    void enProductionUneCleTropCourteEmpecheLeDemarrageSansLaRecopier() {
        String courte = CLE_32.substring(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CleJetonDs.choisir(courte, false));
        assertTrue(e.getMessage().startsWith("PTCE_DS_TOKEN_KEY trop courte (31 caractères, au moins 32 attendus)"), e.getMessage());
        assertFalse(e.getMessage().contains(courte), "le message ne contient jamais la clé");
    }

    @Test
    void uneCleDe32CaracteresEstPriseTelleQuelleSansAvertissement() {
        for (boolean dev : new boolean[] {false, true}) {
            CleJetonDs.Choix choix = CleJetonDs.choisir(CLE_32, dev);
            assertEquals(CLE_32, choix.texte());
            assertTrue(choix.avertissement().isEmpty());
        }
        // characters, not bytes: 32 accented letters are 64 UTF-8 bytes but still 32 characters
        assertEquals("é".repeat(32), CleJetonDs.choisir("é".repeat(32), false).texte());
        assertThrows(IllegalStateException.class, () -> CleJetonDs.choisir("é".repeat(31), false));
    }

    @Test
    void enDeveloppementLaCleDeDeveloppementRemplaceUneCleAbsenteAvecUnAvertissement() {
        CleJetonDs.Choix choix = CleJetonDs.choisir(null, true);
        assertEquals(CleJetonDs.CLE_DE_DEVELOPPEMENT, choix.texte());
        assertTrue(choix.avertissement().orElseThrow().contains("clé de développement"));
    }

    @Test
    void enDeveloppementUneCleCourteResteCelleDonneeAvecUnAvertissement() {
        CleJetonDs.Choix choix = CleJetonDs.choisir("courte", true);
        assertEquals("courte", choix.texte(), "les jetons déjà chiffrés avec elle restent lisibles");
        assertTrue(choix.avertissement().orElseThrow().startsWith("PTCE_DS_TOKEN_KEY trop courte (6 caractères"));
    }
}

package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** State mappings of the Démarches Simplifiées connector (back-off: the kit's ReessaiTest; the shared request budget: DemarchesRepliquesTest). */
class ConnecteurDsReglesTest {

    @Test
    void seulsLesDossiersEnCoursSontImportesEtLesDecisionsOntLeurMutation() {
        assertTrue(EtatDossierDs.depuisDs("en_construction").importable());
        assertTrue(EtatDossierDs.depuisDs("en_instruction").importable());
        for (String fini : new String[]{"accepte", "refuse", "sans_suite"}) {
            assertTrue(EtatDossierDs.depuisDs(fini).termine(), fini);
        }
        assertThrows(IllegalArgumentException.class, () -> EtatDossierDs.depuisDs("brouillon"));
        assertEquals("dossierAccepter", ActionDs.pour(Decision.LAUREAT).mutation());
        assertEquals("dossierRefuser", ActionDs.pour(Decision.NON_RETENU).mutation());
        assertEquals("dossierClasserSansSuite", ActionDs.pour(Decision.SANS_SUITE).mutation());
        assertEquals(ActionDs.PASSER_EN_INSTRUCTION, ActionDs.pour(Decision.LISTE_ATTENTE));
        assertTrue(ActionDs.ACCEPTER.exigeInstruction());
        assertFalse(ActionDs.PASSER_EN_INSTRUCTION.exigeInstruction());
        assertEquals("dossierEnvoyerMessage", ActionDs.DEMANDER_CORRECTION.mutation());
        assertEquals("dossierEnvoyerMessage", ActionDs.SIGNALER_INELIGIBILITE.mutation());
        assertTrue(ActionDs.DEMANDER_CORRECTION.estUnMessage());
        assertFalse(ActionDs.DEMANDER_CORRECTION.exigeInstruction(), "DS accepte une correction en construction ou en instruction");
        assertEquals(EtatDossierDs.EN_CONSTRUCTION, ActionDs.DEMANDER_CORRECTION.etatObtenu());
    }
}

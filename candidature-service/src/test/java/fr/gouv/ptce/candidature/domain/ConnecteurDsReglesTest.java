package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backoff and state mappings of the Démarches Simplifiées connector (the shared request budget: DemarchesRepliquesTest). */
class ConnecteurDsReglesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void laRelanceSuitRetryAfterSinonDoubleEtResteBornee() {
        Relance r = new Relance(4, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertEquals(Duration.ofSeconds(1), r.attente(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), r.attente(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(8), r.attente(4, Optional.empty()));
        assertEquals(Duration.ofSeconds(10), r.attente(9, Optional.empty()));
        assertEquals(Duration.ofSeconds(3), r.attente(1, Optional.of(Duration.ofSeconds(3))));
        assertEquals(Duration.ofSeconds(10), r.attente(1, Optional.of(Duration.ofHours(1))), "Retry-After borné");
        assertTrue(r.encore(3));
        assertFalse(r.encore(4));
        assertThrows(IllegalArgumentException.class, () -> new Relance(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void retryAfterEnSecondesOuEnDateHttp() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), Relance.lireRetryAfter("120", T0));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Relance.lireRetryAfter("Mon, 02 Mar 2026 10:00:30 GMT", T0));
        assertEquals(Optional.of(Duration.ZERO), Relance.lireRetryAfter("Mon, 02 Mar 2026 09:00:00 GMT", T0));
        assertEquals(Optional.empty(), Relance.lireRetryAfter("bientôt", T0));
        assertEquals(Optional.empty(), Relance.lireRetryAfter(null, T0));
    }

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

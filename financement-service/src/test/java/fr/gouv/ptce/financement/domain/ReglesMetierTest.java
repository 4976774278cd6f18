package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import fr.gouv.ptce.commons.valeurs.Montant;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReglesMetierTest {

    @Test
    void leDomaineResteDuJavaSimple() {
        ArchitectureRules.check("financement");
    }

    @Test
    void lEnveloppeNeSeDepasseJamaisEtResteCoherente() {
        SoldeEnveloppe s = new SoldeEnveloppe(150_000_000, 0, 0);
        for (int i = 0; i < 15; i++) {
            s = s.engager(10_000_000);
        }
        assertEquals(0, s.disponible());
        SoldeEnveloppe plein = s;
        EnveloppeDepasseeException e = assertThrows(EnveloppeDepasseeException.class, () -> plein.engager(10_000_000));
        assertTrue(e.getMessage().contains("0 centimes disponibles"));
        s = s.payer(5_000_000).liberer(5_000_000);
        assertEquals(new SoldeEnveloppe(150_000_000, 145_000_000, 5_000_000), s);
        SoldeEnveloppe apres = s;
        assertThrows(IllegalStateException.class, () -> apres.liberer(140_000_001));
        assertThrows(IllegalStateException.class, () -> new SoldeEnveloppe(10, 5, 6));
    }

    @Test
    void lesCyclesDeVieRefusentLesRetoursEnArriere() {
        assertEquals(StatutConvention.SIGNEE, StatutConvention.A_SIGNER.vers(StatutConvention.SIGNEE));
        assertThrows(TransitionInterditeException.class, () -> StatutConvention.RESILIEE.vers(StatutConvention.SIGNEE));
        assertThrows(TransitionInterditeException.class, () -> StatutEcheance.PAYEE.vers(StatutEcheance.PAYEE));
        assertThrows(TransitionInterditeException.class, () -> StatutEcheance.PREVUE.vers(StatutEcheance.MISE_EN_PAIEMENT));
        assertFalse(StatutEcheance.PAYEE.annulable());
        assertTrue(StatutEcheance.MISE_EN_PAIEMENT.annulable());
        assertEquals(StatutRapport.SOUMIS, StatutRapport.REJETE.vers(StatutRapport.SOUMIS));
        assertThrows(TransitionInterditeException.class, () -> StatutRapport.APPROUVE.vers(StatutRapport.REJETE));
    }

    @Test
    void uneEcheanceSurRapportAttendSaDateEtLApprobation() {
        LocalDate mois12 = LocalDate.of(2024, 11, 15);
        assertFalse(Exigibilite.atteinte(Declencheur.RAPPORT_APPROUVE, mois12, mois12.minusDays(1), true));
        assertFalse(Exigibilite.atteinte(Declencheur.RAPPORT_APPROUVE, mois12, mois12, false));
        assertTrue(Exigibilite.atteinte(Declencheur.RAPPORT_APPROUVE, mois12, mois12, true));
        assertTrue(Exigibilite.atteinte(Declencheur.SIGNATURE, mois12, mois12.plusDays(3), false));
        assertFalse(Exigibilite.atteinte(Declencheur.DATE, null, mois12, false));
    }

    @Test
    void lesDatesPartentDeLaSignature() {
        LocalDate signature = LocalDate.of(2023, 11, 15);
        assertEquals(LocalDate.of(2025, 11, 14), Calendrier.dateFin(signature, 24));
        assertEquals(LocalDate.of(2024, 2, 29), Calendrier.apresSignature(LocalDate.of(2024, 1, 31), 1));
        assertTrue(Calendrier.rappelDu(LocalDate.of(2024, 11, 15), LocalDate.of(2024, 10, 16), Duration.ofDays(30)));
        assertFalse(Calendrier.rappelDu(LocalDate.of(2024, 11, 15), LocalDate.of(2024, 10, 15), Duration.ofDays(30)));
    }

    @Test
    void laResiliationLibereLeNonPayeEtNeReclameQueDuPaye() {
        assertEquals(new Resiliation(5_000_000, 1_000_000), Resiliation.calculer(10_000_000, 5_000_000, 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> Resiliation.calculer(10_000_000, 5_000_000, 5_000_001));
        assertEquals(new BigDecimal("100000.00"), Montant.centimes(10_000_000).enEuros());
        assertEquals(12_345, Montant.euros(new BigDecimal("123.45")).centimes());
        assertThrows(IllegalArgumentException.class, () -> Montant.euros(new BigDecimal("1.234")));
    }
}

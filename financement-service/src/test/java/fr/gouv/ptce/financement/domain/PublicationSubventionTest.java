package fr.gouv.ptce.financement.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationSubventionTest {

    @Test
    void seuleUneConventionSigneeEstPubliee() {
        LocalDate signature = LocalDate.of(2024, 1, 15);
        assertFalse(PublicationSubvention.publiee(StatutConvention.A_SIGNER, null));
        assertFalse(PublicationSubvention.publiee(StatutConvention.RESILIEE, null), "résiliée avant signature");
        assertTrue(PublicationSubvention.publiee(StatutConvention.SIGNEE, signature));
        assertTrue(PublicationSubvention.publiee(StatutConvention.SOLDEE, signature));
        assertTrue(PublicationSubvention.publiee(StatutConvention.RESILIEE, signature));
    }

    @Test
    void uneConventionResilieePublieCeQuElleAFinalementAccorde() {
        assertEquals(10_000_000L, PublicationSubvention.montantCentimes(StatutConvention.SIGNEE, 10_000_000L, 10_000_000L));
        assertEquals(5_000_000L, PublicationSubvention.montantCentimes(StatutConvention.RESILIEE, 10_000_000L, 5_000_000L));
    }

    @Test
    void lePourcentageEstLaPartDuBudgetDuProjetAQuatreDecimales() {
        assertEquals(new BigDecimal("0.4000"), PublicationSubvention.pourcentage(10_000_000L, 25_000_000L));
        assertEquals(new BigDecimal("0.3333"), PublicationSubvention.pourcentage(10_000_000L, 30_000_000L));
        assertEquals(new BigDecimal("1.0000"), PublicationSubvention.pourcentage(10_000_000L, null));
        assertEquals(new BigDecimal("1.0000"), PublicationSubvention.pourcentage(10_000_000L, 8_000_000L));
    }

    @Test
    void lesVersementsDisentLesConditionsEtLaPeriode() {
        LocalDate signature = LocalDate.of(2024, 1, 15);
        assertEquals("unique", PublicationSubvention.conditions(1));
        assertEquals("échelonné", PublicationSubvention.conditions(2));
        assertEquals("2024-01-15/2025-01-15", PublicationSubvention.periode(
                List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2024, 1, 15)), signature));
        assertEquals("2024-03-01", PublicationSubvention.periode(List.of(LocalDate.of(2024, 3, 1)), signature));
        assertEquals("2024-01-15", PublicationSubvention.periode(Arrays.asList((LocalDate) null), signature));
    }
}

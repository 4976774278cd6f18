package fr.gouv.ptce.commons.valeurs;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MontantTest {

    @Test
    void eurosEtCentimesSeConvertissentExactement() {
        assertEquals(10_000_000L, Montant.euros(new BigDecimal("100000.00")).centimes());
        assertEquals(12_345L, Montant.euros(new BigDecimal("123.45")).centimes());
        assertEquals(new BigDecimal("100000.00"), Montant.centimes(10_000_000L).enEuros());
        assertEquals("0.05", Montant.centimes(5).toString());
        assertEquals(Long.valueOf(1_050L), Montant.enCentimes(new BigDecimal("10.5")));
    }

    @Test
    void uneTroisiemeDecimaleEstRefuseeJamaisArrondie() {
        assertThrows(IllegalArgumentException.class, () -> Montant.euros(new BigDecimal("1.234")));
        assertTrue(Montant.auPlusDeuxDecimales(new BigDecimal("1.230")));
        assertFalse(Montant.auPlusDeuxDecimales(new BigDecimal("1.234")));
    }

    @Test
    void lesFormesOptionnellesLaissentPasserLAbsence() {
        assertNull(Montant.enEuros(null));
        assertNull(Montant.enCentimes(null));
    }

    @Test
    void lArithmetiqueNeDebordePasEnSilence() {
        assertEquals(Montant.centimes(300), Montant.centimes(100).plus(Montant.centimes(50)).fois(2));
        assertThrows(ArithmeticException.class, () -> Montant.centimes(Long.MAX_VALUE).plus(Montant.centimes(1)));
    }
}

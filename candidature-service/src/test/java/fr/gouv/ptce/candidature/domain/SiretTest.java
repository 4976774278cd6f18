package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiretTest {

    @Test
    void luhn() {
        assertTrue(Siret.estValide("73282932000074")); // a valid SIRET (Luhn)
        assertFalse(Siret.estValide("73282932000075"));
        assertFalse(Siret.estValide("7328293200007"));
        assertFalse(Siret.estValide("7328293200007A"));
        assertFalse(Siret.estValide(null));
    }

    @Test
    void laPosteSuitSaPropreRegle() {
        assertTrue(Siret.estValide("35600000000048")); // head office, also Luhn-valid
        assertTrue(Siret.estValide("35600000000001")); // digits sum to 15, not Luhn-valid
        assertFalse(Siret.luhn("35600000000001"));
        assertFalse(Siret.estValide("35600000000002")); // sum 16, not Luhn
    }
}

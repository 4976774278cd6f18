package fr.gouv.ptce.evaluation.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlafondPhase2Test {

    private static final long CENT_MILLE = 10_000_000L;
    private static final long ENVELOPPE = 150_000_000L;

    @Test
    void leQuinziemeLaureatPasseLeSeiziemeNon() {
        assertThat(PlafondPhase2.verifierUnDePlus(14, 15, CENT_MILLE, ENVELOPPE)).isEmpty();
        assertThat(PlafondPhase2.verifierUnDePlus(15, 15, CENT_MILLE, ENVELOPPE))
                .contains(PlafondPhase2.Refus.PLAFOND_ATTEINT);
    }

    @Test
    void lEnveloppeLimiteAvantLePlafondQuandElleEstPlusPetite() {
        assertThat(PlafondPhase2.verifierUnDePlus(1, 15, CENT_MILLE, 25_000_000L)).isEmpty();
        assertThat(PlafondPhase2.verifierUnDePlus(2, 15, CENT_MILLE, 25_000_000L))
                .contains(PlafondPhase2.Refus.ENVELOPPE_DEPASSEE);
        // Exactly the envelope is allowed: montant × lauréats ≤ enveloppe.
        assertThat(PlafondPhase2.verifierUnDePlus(2, null, CENT_MILLE, 30_000_000L)).isEmpty();
    }

    @Test
    void sansMontantParLaureatAucuneSelectionNEstPossible() {
        assertThat(PlafondPhase2.verifierUnDePlus(0, 15, null, ENVELOPPE))
                .contains(PlafondPhase2.Refus.CAMPAGNE_INCOMPLETE);
    }

    @Test
    void ceQueGardentLesConventionsDesLaureatsDesistesReduitLaPlace() {
        // 2 places of 100 000 €: one lauréat left, the withdrawn one's terminated agreement kept 50 000 € (paid).
        assertThat(PlafondPhase2.verifierUnDePlus(1, 2, CENT_MILLE, 2 * CENT_MILLE, CENT_MILLE / 2))
                .contains(PlafondPhase2.Refus.ENVELOPPE_DEPASSEE);
        // Nothing paid: the whole amount came back, the place is free again.
        assertThat(PlafondPhase2.verifierUnDePlus(1, 2, CENT_MILLE, 2 * CENT_MILLE, 0)).isEmpty();
        // Exactly what is left is enough.
        assertThat(PlafondPhase2.verifierUnDePlus(1, 3, CENT_MILLE, 25_000_000L, 5_000_000L)).isEmpty();
        assertThatThrownBy(() -> PlafondPhase2.verifierUnDePlus(1, 3, CENT_MILLE, ENVELOPPE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

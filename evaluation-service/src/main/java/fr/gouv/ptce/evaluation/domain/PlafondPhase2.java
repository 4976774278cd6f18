package fr.gouv.ptce.evaluation.domain;

import java.util.Optional;

/**
 * The two limits of a phase-2 campaign: at most {@code maxLaureats} lauréats, and never more
 * than the envelope ({@code lauréats × montant par lauréat ≤ enveloppe}). Amounts in cents.
 */
public final class PlafondPhase2 {

    public enum Refus {
        PLAFOND_ATTEINT,
        ENVELOPPE_DEPASSEE,
        CAMPAGNE_INCOMPLETE
    }

    private PlafondPhase2() {
    }

    /** Whether one more lauréat may join the {@code laureatsActuels} already selected. */
    public static Optional<Refus> verifierUnDePlus(long laureatsActuels, Integer maxLaureats,
                                                   Long montantParLaureatCentimes, Long enveloppeCentimes) {
        if (montantParLaureatCentimes == null || montantParLaureatCentimes <= 0) {
            return Optional.of(Refus.CAMPAGNE_INCOMPLETE);
        }
        if (maxLaureats != null && laureatsActuels + 1 > maxLaureats) {
            return Optional.of(Refus.PLAFOND_ATTEINT);
        }
        if (enveloppeCentimes != null
                && Math.multiplyExact(laureatsActuels + 1, montantParLaureatCentimes) > enveloppeCentimes) {
            return Optional.of(Refus.ENVELOPPE_DEPASSEE);
        }
        return Optional.empty();
    }
}

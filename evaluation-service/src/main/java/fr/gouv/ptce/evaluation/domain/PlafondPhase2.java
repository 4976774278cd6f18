package fr.gouv.ptce.evaluation.domain;

import java.util.Optional;

/**
 * The two limits of a phase-2 campaign: at most {@code maxLaureats} lauréats, and never more
 * than the envelope ({@code lauréats × montant par lauréat + retenu ≤ enveloppe}, where {@code retenu} is
 * what the agreements of withdrawn lauréats still hold). Amounts in cents.
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
        return verifierUnDePlus(laureatsActuels, maxLaureats, montantParLaureatCentimes, enveloppeCentimes, 0);
    }

    /**
     * The same, when the envelope also holds {@code retenuCentimes} for lauréats who withdrew: what
     * their agreements keep (all of it while signed and not terminated, what was paid once terminated).
     */
    public static Optional<Refus> verifierUnDePlus(long laureatsActuels, Integer maxLaureats,
                                                   Long montantParLaureatCentimes, Long enveloppeCentimes,
                                                   long retenuCentimes) {
        if (retenuCentimes < 0) {
            throw new IllegalArgumentException("montant retenu négatif : " + retenuCentimes);
        }
        if (montantParLaureatCentimes == null || montantParLaureatCentimes <= 0) {
            return Optional.of(Refus.CAMPAGNE_INCOMPLETE);
        }
        if (maxLaureats != null && laureatsActuels + 1 > maxLaureats) {
            return Optional.of(Refus.PLAFOND_ATTEINT);
        }
        if (enveloppeCentimes != null
                && Math.addExact(Math.multiplyExact(laureatsActuels + 1, montantParLaureatCentimes), retenuCentimes)
                > enveloppeCentimes) {
            return Optional.of(Refus.ENVELOPPE_DEPASSEE);
        }
        return Optional.empty();
    }
}

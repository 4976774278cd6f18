package fr.gouv.ptce.financement.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a campaign's schedule template: either a share ({@code pourcentage}) or a fixed
 * amount ({@code montantCentimes}), a trigger, and the month (counted from the signature) from
 * which it may be paid. {@code rapport} names the report a {@link Declencheur#RAPPORT_APPROUVE}
 * line waits for.
 */
public record ModeleEcheance(int ordre, BigDecimal pourcentage, Long montantCentimes, Declencheur declencheur,
                             int mois, String rapport) {

    public ModeleEcheance {
        Objects.requireNonNull(declencheur, "declencheur");
        if (mois < 0) {
            throw new IllegalArgumentException("mois négatif : " + mois);
        }
        if (pourcentage != null && pourcentage.signum() < 0) {
            throw new IllegalArgumentException("pourcentage négatif : " + pourcentage);
        }
        if (montantCentimes != null && montantCentimes < 0) {
            throw new IllegalArgumentException("montant négatif : " + montantCentimes);
        }
        if (declencheur == Declencheur.RAPPORT_APPROUVE && (rapport == null || rapport.isBlank())) {
            throw new IllegalArgumentException("une échéance RAPPORT_APPROUVE doit nommer son rapport");
        }
    }

    public static ModeleEcheance part(int ordre, BigDecimal pourcentage, Declencheur declencheur, int mois,
                                      String rapport) {
        return new ModeleEcheance(ordre, pourcentage, null, declencheur, mois, rapport);
    }

    public static ModeleEcheance fixe(int ordre, long montantCentimes, Declencheur declencheur, int mois,
                                      String rapport) {
        return new ModeleEcheance(ordre, null, montantCentimes, declencheur, mois, rapport);
    }

    /** A fixed amount wins over a share when a line (wrongly) carries both. */
    public boolean estFixe() {
        return montantCentimes != null;
    }
}

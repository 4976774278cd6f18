package fr.gouv.ptce.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * An evaluator's total on the 0–5 scale: the mean of its notes weighted by the grid. Computed
 * with six decimals so that ranking does not see ties that rounding would invent; shown with two.
 */
public final class Bareme {

    public static final int ECHELLE_CALCUL = 6;

    private Bareme() {
    }

    /** The grid's criteria that {@code notes} (criterion code → note) leaves without a note. */
    public static List<String> criteresManquants(Grille grille, Map<String, BigDecimal> notes) {
        return grille.criteres().stream().map(Critere::code).filter(c -> notes.get(c) == null).toList();
    }

    public static BigDecimal total(Grille grille, Map<String, BigDecimal> notes) {
        List<String> manquants = criteresManquants(grille, notes);
        if (!manquants.isEmpty()) {
            throw new IllegalArgumentException("critères sans note : " + manquants);
        }
        BigDecimal somme = BigDecimal.ZERO;
        BigDecimal poids = BigDecimal.ZERO;
        for (Critere c : grille.criteres()) {
            somme = somme.add(notes.get(c.code()).multiply(c.poids()));
            poids = poids.add(c.poids());
        }
        return somme.divide(poids, ECHELLE_CALCUL, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal affichage(BigDecimal valeur) {
        return valeur == null ? null : valeur.setScale(2, RoundingMode.HALF_EVEN);
    }
}

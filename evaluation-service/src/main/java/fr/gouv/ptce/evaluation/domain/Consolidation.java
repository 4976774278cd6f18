package fr.gouv.ptce.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A file's consolidated score: the mean of its submitted evaluators' totals, each evaluator
 * counting equally. Rankable from {@code minimum} submitted evaluations; divergent when two
 * evaluators' totals differ by strictly more than the threshold (i.e. max − min &gt; seuil).
 */
public record Consolidation(BigDecimal score, boolean classable, boolean divergence, BigDecimal ecartMax) {

    public static Consolidation de(List<BigDecimal> totaux, int minimum, BigDecimal seuil) {
        if (totaux.isEmpty()) {
            return new Consolidation(null, false, false, null);
        }
        BigDecimal somme = totaux.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = somme.divide(BigDecimal.valueOf(totaux.size()), Bareme.ECHELLE_CALCUL, RoundingMode.HALF_EVEN);
        BigDecimal max = totaux.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = totaux.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal ecart = max.subtract(min);
        return new Consolidation(score, totaux.size() >= minimum, ecart.compareTo(seuil) > 0, ecart);
    }
}

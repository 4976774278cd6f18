package fr.gouv.ptce.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One criterion of a campaign's scoring grid, with its weight (strictly positive). */
public record Critere(String code, String libelle, BigDecimal poids) {

    public Critere {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(poids, "poids");
        if (poids.signum() <= 0) {
            throw new IllegalArgumentException("le poids du critère " + code + " doit être positif");
        }
    }
}

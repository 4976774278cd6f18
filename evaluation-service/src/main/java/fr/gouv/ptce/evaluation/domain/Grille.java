package fr.gouv.ptce.evaluation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A campaign's scoring grid, in the order the campaign gave it. */
public record Grille(List<Critere> criteres) {

    public Grille {
        criteres = List.copyOf(criteres);
        if (criteres.isEmpty()) {
            throw new IllegalArgumentException("une grille compte au moins un critère");
        }
        Map<String, Critere> parCode = new LinkedHashMap<>();
        for (Critere c : criteres) {
            if (parCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("critère en double : " + c.code());
            }
        }
    }

    public Optional<Critere> critere(String code) {
        return criteres.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}

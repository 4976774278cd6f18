package fr.gouv.ptce.financement.domain;

import java.util.Objects;

/** A report the porteur owes, due {@code mois} months after the signature. */
public record RapportPrevu(String type, int mois) {

    public RapportPrevu {
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || mois < 0) {
            throw new IllegalArgumentException("rapport prévu invalide : " + type + " / " + mois);
        }
    }
}

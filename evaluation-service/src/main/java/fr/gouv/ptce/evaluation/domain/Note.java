package fr.gouv.ptce.evaluation.domain;

import java.math.BigDecimal;

/**
 * A criterion's note: from 0 to 5 by half points (0, 0.5 … 5). Halves let an evaluator hesitate
 * between two levels without pretending to a precision no grid has.
 */
public final class Note {

    public static final BigDecimal MIN = BigDecimal.ZERO;
    public static final BigDecimal MAX = BigDecimal.valueOf(5);
    private static final BigDecimal DEUX = BigDecimal.valueOf(2);

    private Note() {
    }

    /** Why {@code note} is not acceptable, or null when it is. */
    public static String probleme(BigDecimal note) {
        if (note == null) {
            return "la note est obligatoire";
        }
        if (note.compareTo(MIN) < 0 || note.compareTo(MAX) > 0) {
            return "la note doit être comprise entre 0 et 5";
        }
        if (note.multiply(DEUX).stripTrailingZeros().scale() > 0) {
            return "la note se donne par demi-point (ex. 3 ou 3.5)";
        }
        return null;
    }
}

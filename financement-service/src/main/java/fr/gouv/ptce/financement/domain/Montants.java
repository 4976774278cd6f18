package fr.gouv.ptce.financement.domain;

import java.math.BigDecimal;

/** Euros as the API shows them (exact, two decimals) and cents as they are stored and sent in events. */
public final class Montants {

    private Montants() {
    }

    public static BigDecimal euros(long centimes) {
        return BigDecimal.valueOf(centimes, 2);
    }

    /** Exact conversion: an amount with more than two decimals is refused, never rounded. */
    public static long centimes(BigDecimal euros) {
        try {
            return euros.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("montant non exprimable en centimes : " + euros, e);
        }
    }
}

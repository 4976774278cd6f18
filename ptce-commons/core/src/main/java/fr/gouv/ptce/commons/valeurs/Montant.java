package fr.gouv.ptce.commons.valeurs;

import java.math.BigDecimal;

/**
 * An amount in integer cents, as stored and as sent in events; euros (exact decimals, two places)
 * only at the edge of the API. Never a floating-point number.
 */
public record Montant(long centimes) implements Comparable<Montant> {

    public static final Montant ZERO = new Montant(0);

    /** Exact conversion: an amount with a third decimal is refused (IllegalArgumentException), never rounded. */
    public static Montant euros(BigDecimal euros) {
        try {
            return new Montant(euros.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("montant non exprimable en centimes : " + euros, e);
        }
    }

    public static Montant centimes(long centimes) {
        return new Montant(centimes);
    }

    /** Null-tolerant form for optional columns and fields. */
    public static BigDecimal enEuros(Long centimes) {
        return centimes == null ? null : new Montant(centimes).enEuros();
    }

    /** Null-tolerant form for optional fields of a request. */
    public static Long enCentimes(BigDecimal euros) {
        return euros == null ? null : euros(euros).centimes();
    }

    public static boolean auPlusDeuxDecimales(BigDecimal euros) {
        return euros.stripTrailingZeros().scale() <= 2;
    }

    public BigDecimal enEuros() {
        return BigDecimal.valueOf(centimes, 2);
    }

    public Montant plus(Montant autre) {
        return new Montant(Math.addExact(centimes, autre.centimes));
    }

    public Montant fois(long facteur) {
        return new Montant(Math.multiplyExact(centimes, facteur));
    }

    @Override
    public int compareTo(Montant autre) {
        return Long.compare(centimes, autre.centimes);
    }

    /** Plain euros with two decimals ("1234.50"), for messages and files. */
    @Override
    public String toString() {
        return enEuros().toPlainString();
    }
}

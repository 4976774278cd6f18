package fr.gouv.ptce.candidature.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euros (exact decimals, at most two places) ↔ integer cents; never a floating-point number. */
public final class Montants {

    private Montants() {
    }

    /** Euros to cents; refuses a third decimal rather than silently rounding a public amount. */
    public static long enCentimes(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal enEuros(long centimes) {
        return BigDecimal.valueOf(centimes, 2);
    }

    public static boolean auPlusDeuxDecimales(BigDecimal euros) {
        return euros.stripTrailingZeros().scale() <= 2;
    }
}

package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.commons.valeurs.RefusMetier;

/**
 * What may still be clawed back from an agreement, in cents: what was paid to the porteur, net of
 * the clawbacks already requested and not cancelled (recovered or still owed). A clawback is never
 * more than that, so the porteur is never asked to pay back money it did not receive, nor twice.
 */
public final class PlafondReversement {

    public static final String CODE = "reversement-excedentaire";

    private PlafondReversement() {
    }

    public static long restant(long payeCentimes, long dejaDemandeCentimes) {
        if (payeCentimes < 0 || dejaDemandeCentimes < 0 || dejaDemandeCentimes > payeCentimes) {
            throw new IllegalStateException("reversements incohérents : payé=" + payeCentimes + " demandé="
                    + dejaDemandeCentimes);
        }
        return payeCentimes - dejaDemandeCentimes;
    }

    /** Refuses (409 {@value #CODE}) a clawback above what is left to claw back. */
    public static void verifier(long montantCentimes, long payeCentimes, long dejaDemandeCentimes) {
        if (montantCentimes <= 0) {
            throw new IllegalArgumentException("montant non positif : " + montantCentimes);
        }
        long restant = restant(payeCentimes, dejaDemandeCentimes);
        if (montantCentimes > restant) {
            throw new RefusMetier(CODE, "Le reversement demandé (" + euros(montantCentimes)
                    + " €) dépasse ce qui peut encore être reversé : " + euros(payeCentimes) + " € payés, dont "
                    + euros(dejaDemandeCentimes) + " € déjà demandés en reversement ; reste " + euros(restant) + " €.");
        }
    }

    private static String euros(long centimes) {
        return Montant.centimes(centimes).toString();
    }
}

package fr.gouv.ptce.financement.domain;

/**
 * What a termination settles, in cents: the commitment not yet paid goes back to the envelope;
 * the clawback (what the porteur must pay back) can only concern money actually paid.
 */
public record Resiliation(long montantLibere, long montantReversement) {

    public static Resiliation calculer(long montantConvention, long payeConvention, long reversementDemande) {
        if (payeConvention < 0 || payeConvention > montantConvention) {
            throw new IllegalStateException("payé incohérent : " + payeConvention + " / " + montantConvention);
        }
        if (reversementDemande < 0 || reversementDemande > payeConvention) {
            throw new IllegalArgumentException("le reversement (" + reversementDemande
                    + " centimes) ne peut dépasser ce qui a été payé (" + payeConvention + " centimes)");
        }
        return new Resiliation(montantConvention - payeConvention, reversementDemande);
    }
}

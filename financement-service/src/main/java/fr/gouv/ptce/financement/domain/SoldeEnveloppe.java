package fr.gouv.ptce.financement.domain;

/**
 * The money of a campaign, in cents: {@code total} voted, {@code engage} committed to agreements
 * (paid or not), {@code paye} already paid out. Always {@code 0 ≤ paye ≤ engage ≤ total};
 * {@code disponible = total − engage} is what a new selection may still take.
 */
public record SoldeEnveloppe(long total, long engage, long paye) {

    public SoldeEnveloppe {
        if (total < 0 || engage < 0 || paye < 0 || engage > total || paye > engage) {
            throw new IllegalStateException("enveloppe incohérente : total=" + total + " engagé=" + engage
                    + " payé=" + paye);
        }
    }

    public long disponible() {
        return total - engage;
    }

    /** Commits {@code montant} to a new agreement, or refuses when it would exceed the envelope. */
    public SoldeEnveloppe engager(long montant) {
        positif(montant);
        if (montant > disponible()) {
            throw new EnveloppeDepasseeException(montant, disponible());
        }
        return new SoldeEnveloppe(total, engage + montant, paye);
    }

    /** Gives back to the envelope a commitment that will not be paid (cancelled or terminated agreement). */
    public SoldeEnveloppe liberer(long montant) {
        if (montant < 0 || montant > engage - paye) {
            throw new IllegalStateException("libération impossible : " + montant + " centimes, engagé non payé "
                    + (engage - paye));
        }
        return new SoldeEnveloppe(total, engage - montant, paye);
    }

    /** Records a payment out of what was committed. */
    public SoldeEnveloppe payer(long montant) {
        positif(montant);
        if (paye + montant > engage) {
            throw new IllegalStateException("paiement au-delà de l'engagé : " + montant + " centimes");
        }
        return new SoldeEnveloppe(total, engage, paye + montant);
    }

    private static void positif(long montant) {
        if (montant <= 0) {
            throw new IllegalArgumentException("montant non positif : " + montant);
        }
    }
}

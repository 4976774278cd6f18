package fr.gouv.ptce.candidature.domain;

/**
 * Seats of a collective session. The caller holds the session's row lock, so that the count read
 * here is the one written back: no two registrations can take the last seat.
 */
public final class Places {

    private Places() {
    }

    /** The status of a new registration, given the seats already taken. */
    public static StatutInscription inscrire(int inscrits, int capacite) {
        return inscrits < capacite ? StatutInscription.INSCRIT : StatutInscription.EN_ATTENTE;
    }

    /** Hours still available to a structure on an individual offer. */
    public static int heuresRestantes(int allocation, int dejaDemandees) {
        return Math.max(0, allocation - dejaDemandees);
    }
}

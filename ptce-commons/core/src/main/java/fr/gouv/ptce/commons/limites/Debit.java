package fr.gouv.ptce.commons.limites;

import java.time.Duration;

/**
 * The rate a key may reach: a bucket of {@code capacite} tokens refilled at {@code parSeconde}.
 * Over any window of {@code t} seconds a key takes at most {@code capacite + parSeconde × t} tokens.
 */
public record Debit(int capacite, double parSeconde) {

    /** A bucket refills within this: an untouched row older than it is full, and may be forgotten. */
    public static final Duration REMPLISSAGE_MAX = Duration.ofHours(1);

    public Debit {
        if (capacite < 1 || !(parSeconde > 0)) {
            throw new IllegalArgumentException("capacité et débit doivent être positifs");
        }
        if (capacite / parSeconde > REMPLISSAGE_MAX.toSeconds()) {
            throw new IllegalArgumentException("un seau doit se remplir en moins d'une heure");
        }
    }

    /** {@code parMinute} sustained, with bursts of {@code rafale} (a client's writes). */
    public static Debit parMinute(int parMinute, int rafale) {
        return new Debit(rafale, parMinute / 60.0);
    }

    /**
     * Never more than {@code maximum} in any window of {@code fenetre} (a peer's published quota):
     * one token at once, then {@code maximum - 1} per window.
     */
    public static Debit auPlus(int maximum, Duration fenetre) {
        if (maximum < 2) {
            throw new IllegalArgumentException("il faut au moins deux requêtes par fenêtre");
        }
        return new Debit(1, (maximum - 1) * 1000.0 / fenetre.toMillis());
    }
}

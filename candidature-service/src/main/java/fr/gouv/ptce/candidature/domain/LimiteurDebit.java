package fr.gouv.ptce.candidature.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding-window limit on the requests sent with one API token (Démarches Simplifiées allows 400
 * per minute and per token). The caller asks before each request; the answer is how long to wait,
 * zero meaning "go, it is counted". Not thread-safe: the caller serialises per token.
 */
public final class LimiteurDebit {

    private final int maxParFenetre;
    private final Duration fenetre;
    private final Deque<Instant> envois = new ArrayDeque<>();

    public LimiteurDebit(int maxParFenetre, Duration fenetre) {
        if (maxParFenetre < 1) {
            throw new IllegalArgumentException("au moins une requête par fenêtre");
        }
        this.maxParFenetre = maxParFenetre;
        this.fenetre = fenetre;
    }

    /** Zero and the request is recorded, or the wait after which a request will be allowed. */
    public Duration reserver(Instant maintenant) {
        while (!envois.isEmpty() && !envois.peekFirst().plus(fenetre).isAfter(maintenant)) {
            envois.removeFirst();
        }
        if (envois.size() < maxParFenetre) {
            envois.addLast(maintenant);
            return Duration.ZERO;
        }
        return Duration.between(maintenant, envois.peekFirst().plus(fenetre));
    }
}

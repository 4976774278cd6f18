package fr.gouv.ptce.launcher.demo;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The services' write limit as the demo meets it: a 429 answer tells how long to wait
 * ({@code Retry-After}, seconds); the demo waits that long and sends the call again. Several threads
 * of the demo may be stopped by the same account's limit at once: one line is printed per pause of
 * an account on a service, not one per thread.
 */
final class LimiteEcritures {

    /** Never wait longer than this for one answer, whatever the header says. */
    static final long ATTENTE_MAX_SECONDES = 120;

    private final PrintStream out;
    /** "porteur1 candidature-service" → when its current pause ends (System.nanoTime()). */
    private final Map<String, Long> reprises = new ConcurrentHashMap<>();
    private final AtomicInteger reponses429 = new AtomicInteger();
    private final AtomicInteger pauses = new AtomicInteger();
    private final AtomicLong secondesDePause = new AtomicLong();
    private volatile String dernierMotif;

    LimiteEcritures(PrintStream out) {
        this.out = out;
    }

    /** The wait a 429 answer asks for: its Retry-After in seconds, 1 s when absent or unreadable. */
    static long secondes(String retryAfter) {
        try {
            long s = Long.parseLong(retryAfter == null ? "" : retryAfter.trim());
            return Math.max(1, Math.min(ATTENTE_MAX_SECONDES, s));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Records a 429 of {@code compte} on {@code service}, says so once per pause, then waits. */
    void attendre(String compte, String service, String retryAfter, String motif) {
        long secondes = secondes(retryAfter);
        reponses429.incrementAndGet();
        dernierMotif = motif;
        long maintenant = System.nanoTime();
        long fin = maintenant + secondes * 1_000_000_000L;
        // One atomic step per account and service: of the threads stopped together, exactly one starts
        // the pause and says so (a get then a put let two of them both find no pause and both print).
        AtomicBoolean nouvellePause = new AtomicBoolean();
        reprises.compute(compte + " " + service, (cle, enCours) -> {
            if (enCours != null && enCours >= maintenant) {
                return enCours;
            }
            nouvellePause.set(true);
            return fin;
        });
        if (nouvellePause.get()) {
            pauses.incrementAndGet();
            secondesDePause.addAndGet(secondes);
            synchronized (out) {
                out.printf("      … write limit reached for %s on %s (HTTP 429), resuming in %d s%n", compte, service, secondes);
                out.flush();
            }
        }
        try {
            Thread.sleep(secondes * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted while waiting for the write limit of " + compte, e);
        }
    }

    /** How many 429 answers the demo received (each was waited for and sent again). */
    int reponses429() {
        return reponses429.get();
    }

    /** Distinct pauses (per account and service) and their announced length, summed. */
    int pauses() {
        return pauses.get();
    }

    long secondesDePause() {
        return secondesDePause.get();
    }

    /** The problem detail of the last 429, e.g. "Limite de 300 écritures par minute atteinte…"; null if none. */
    String dernierMotif() {
        return dernierMotif;
    }
}

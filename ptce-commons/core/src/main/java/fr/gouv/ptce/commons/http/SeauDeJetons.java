package fr.gouv.ptce.commons.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per client key: {@code rafale} tokens at most, refilled at {@code parMinute}
 * per minute. Plain Java with an injectable monotonic time source (nanoseconds), so that it is
 * unit-tested without waiting; the service's business Clock is not used on purpose — tests pin it,
 * and a pinned clock would never refill a bucket.
 */
public final class SeauDeJetons {

    private static final long NANOS_PAR_MINUTE = 60_000_000_000L;
    /** Beyond this many clients, full buckets (idle clients) are forgotten. */
    private static final int CLIENTS_MAX = 50_000;

    private final int rafale;
    private final double jetonsParNano;
    private final LongSupplier nanos;
    private final Map<String, Seau> seaux = new ConcurrentHashMap<>();

    public SeauDeJetons(int parMinute, int rafale, LongSupplier nanos) {
        if (parMinute < 1 || rafale < 1) {
            throw new IllegalArgumentException("débit et rafale doivent être positifs");
        }
        this.rafale = rafale;
        this.jetonsParNano = (double) parMinute / NANOS_PAR_MINUTE;
        this.nanos = nanos;
    }

    /** 0 if the client may write now (a token is taken), else the nanoseconds until the next token. */
    public long prendre(String client) {
        if (seaux.size() > CLIENTS_MAX) {
            long maintenant = nanos.getAsLong();
            seaux.values().removeIf(s -> s.plein(maintenant));
        }
        return seaux.computeIfAbsent(client, c -> new Seau(rafale, nanos.getAsLong())).prendre(nanos.getAsLong());
    }

    private final class Seau {
        private double jetons;
        private long dernier;

        Seau(double jetons, long maintenant) {
            this.jetons = jetons;
            this.dernier = maintenant;
        }

        synchronized long prendre(long maintenant) {
            remplir(maintenant);
            if (jetons >= 1) {
                jetons -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - jetons) / jetonsParNano));
        }

        synchronized boolean plein(long maintenant) {
            remplir(maintenant);
            return jetons >= rafale;
        }

        private void remplir(long maintenant) {
            jetons = Math.min(rafale, jetons + (maintenant - dernier) * jetonsParNano);
            dernier = maintenant;
        }
    }
}

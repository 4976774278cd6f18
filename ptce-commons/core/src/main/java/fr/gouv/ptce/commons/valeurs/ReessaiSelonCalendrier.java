package fr.gouv.ptce.commons.valeurs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The platform's back-off when a protocol prescribes the waits instead of a doubling
 * ({@link Reessai}): the first attempt is immediate, and after the n-th failure (1-based) wait
 * {@code delais[n-1]}, minus a random share of at most {@code gigue} of it so that replicas do not
 * retry together; once every wait is spent the attempts stop ({@code delais.size() + 1} in all).
 */
public record ReessaiSelonCalendrier(List<Duration> delais, double gigue, DoubleSupplier hasard) {

    /**
     * The waits Standard Webhooks recommends between attempts (immediately, then 5 s, 5 min, 30 min,
     * 2 h, 5 h, 10 h, 10 h): eight attempts over about 28 hours.
     */
    public static final List<Duration> STANDARD_WEBHOOKS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    public ReessaiSelonCalendrier {
        delais = List.copyOf(delais);
        if (delais.isEmpty()) {
            throw new IllegalArgumentException("au moins un délai");
        }
        if (delais.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("délais négatifs");
        }
        if (gigue < 0 || gigue > 1) {
            throw new IllegalArgumentException("gigue entre 0 et 1");
        }
    }

    /** The usual form: a tenth of jitter drawn from {@link Math#random()}. */
    public ReessaiSelonCalendrier(List<Duration> delais) {
        this(delais, 0.1, Math::random);
    }

    /** Attempts in all, the immediate one included. */
    public int maxTentatives() {
        return delais.size() + 1;
    }

    /** Whether another attempt may follow {@code tentativesFaites} failed ones. */
    public boolean encore(int tentativesFaites) {
        return tentativesFaites < maxTentatives();
    }

    /** The wait after the {@code tentativesFaites}-th failure (the last wait past the calendar). */
    public Duration delai(int tentativesFaites) {
        Duration d = delais.get(Math.max(0, Math.min(tentativesFaites, delais.size()) - 1));
        return d.minusNanos((long) (d.toNanos() * gigue * hasard.getAsDouble()));
    }

    /** When to try again after {@code tentativesFaites} failures; empty once the calendar is spent. */
    public Optional<Instant> prochaineTentative(int tentativesFaites, Instant maintenant) {
        return encore(tentativesFaites) ? Optional.of(maintenant.plus(delai(tentativesFaites))) : Optional.empty();
    }
}

package fr.gouv.ptce.commons.valeurs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The one back-off of the platform: after the n-th failed attempt (1-based) wait
 * {@code initial × 2^(n-1)}, at most {@code plafond}, minus a random share of at most
 * {@code gigue} (0 to 1) of it, so that replicas that failed together do not retry together;
 * no attempt after {@code maxTentatives}. A wait the other party asked for (Retry-After) wins.
 */
public record Reessai(int maxTentatives, Duration initial, Duration plafond, double gigue, DoubleSupplier hasard) {

    public Reessai {
        if (maxTentatives < 1) {
            throw new IllegalArgumentException("au moins une tentative");
        }
        if (initial.isNegative() || plafond.compareTo(initial) < 0) {
            throw new IllegalArgumentException("délais incohérents");
        }
        if (gigue < 0 || gigue > 1) {
            throw new IllegalArgumentException("gigue entre 0 et 1");
        }
    }

    /** The usual form: a fifth of jitter drawn from {@link Math#random()}. */
    public Reessai(int maxTentatives, Duration initial, Duration plafond) {
        this(maxTentatives, initial, plafond, 0.2, Math::random);
    }

    /** Whether another attempt may follow {@code tentativesFaites} failed ones. */
    public boolean encore(int tentativesFaites) {
        return tentativesFaites < maxTentatives;
    }

    /** The wait after the {@code tentativesFaites}-th failure. */
    public Duration delai(int tentativesFaites) {
        int exposant = Math.max(0, Math.min(tentativesFaites - 1, 30));
        Duration d = initial.multipliedBy(1L << exposant);
        if (d.compareTo(plafond) > 0 || d.isNegative()) {
            d = plafond;
        }
        long retrait = (long) (d.toNanos() * gigue * hasard.getAsDouble());
        return d.minusNanos(retrait);
    }

    /** The wait after a failure, unless the server said how long (capped at {@code plafond}). */
    public Duration delai(int tentativesFaites, Optional<Duration> demandeeParLeServeur) {
        if (demandeeParLeServeur.isEmpty()) {
            return delai(tentativesFaites);
        }
        Duration d = demandeeParLeServeur.get();
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(plafond) > 0 ? plafond : d;
    }

    /** When to try again after {@code tentativesFaites} failures; empty once they are all spent. */
    public Optional<Instant> prochaineTentative(int tentativesFaites, Instant maintenant) {
        return encore(tentativesFaites) ? Optional.of(maintenant.plus(delai(tentativesFaites))) : Optional.empty();
    }

    /** Reads a Retry-After header: a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
    public static Optional<Duration> lireRetryAfter(String valeur, Instant maintenant) {
        if (valeur == null || valeur.isBlank()) {
            return Optional.empty();
        }
        String v = valeur.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(date.isAfter(maintenant) ? Duration.between(maintenant, date) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

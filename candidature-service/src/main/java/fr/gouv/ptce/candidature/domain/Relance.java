package fr.gouv.ptce.candidature.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long to wait before retrying a call that failed for a passing reason (429, 5xx, timeout):
 * what the server asked with Retry-After when it said so, else an exponential backoff, always
 * capped, for a bounded number of attempts.
 */
public record Relance(int tentativesMax, Duration attenteInitiale, Duration attenteMax) {

    public Relance {
        if (tentativesMax < 1) {
            throw new IllegalArgumentException("au moins une tentative");
        }
    }

    /** Whether another attempt may follow attempt number {@code tentative} (1 = the first call). */
    public boolean encore(int tentative) {
        return tentative < tentativesMax;
    }

    /** Wait after the failed attempt number {@code tentative} (1-based). */
    public Duration attente(int tentative, Optional<Duration> demandeeParLeServeur) {
        Duration d = demandeeParLeServeur.orElseGet(() -> {
            long facteur = 1L << Math.min(Math.max(tentative - 1, 0), 20);
            return attenteInitiale.multipliedBy(facteur);
        });
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(attenteMax) > 0 ? attenteMax : d;
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

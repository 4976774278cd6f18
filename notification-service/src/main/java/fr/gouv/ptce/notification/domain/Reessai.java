package fr.gouv.ptce.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential backoff with a ceiling and a bounded number of attempts: after the
 * {@code tentativesFaites}-th failure, the next attempt waits {@code initial × 2^(n-1)} (at most
 * {@code plafond}); once {@code maxTentatives} have failed there is no next attempt.
 */
public record Reessai(int maxTentatives, Duration initial, Duration plafond) {

    public Reessai {
        if (maxTentatives < 1) {
            throw new IllegalArgumentException("au moins une tentative");
        }
        if (initial.isNegative() || plafond.compareTo(initial) < 0) {
            throw new IllegalArgumentException("délais incohérents");
        }
    }

    public Optional<Instant> prochaineTentative(int tentativesFaites, Instant maintenant) {
        if (tentativesFaites >= maxTentatives) {
            return Optional.empty();
        }
        return Optional.of(maintenant.plus(delai(tentativesFaites)));
    }

    Duration delai(int tentativesFaites) {
        int exposant = Math.max(0, Math.min(tentativesFaites - 1, 30));
        Duration d = initial.multipliedBy(1L << exposant);
        return d.compareTo(plafond) > 0 ? plafond : d;
    }
}

package fr.gouv.ptce.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The reminders sent before a deadline: 7 days before, then 1 day before. At a given instant at most
 * one is due — the latest whose moment has passed — so a scheduler that was stopped for a while
 * sends the reminder that still makes sense, not both at once.
 */
public enum Rappel {
    J7(7),
    J1(1);

    private final int jours;

    Rappel(int jours) {
        this.jours = jours;
    }

    public int jours() {
        return jours;
    }

    /** The reminder due at {@code maintenant} for a deadline at {@code echeance}, if any. */
    public static Optional<Rappel> du(Instant echeance, Instant maintenant) {
        if (!maintenant.isBefore(echeance)) {
            return Optional.empty();
        }
        if (!maintenant.isBefore(echeance.minus(Duration.ofDays(J1.jours)))) {
            return Optional.of(J1);
        }
        if (!maintenant.isBefore(echeance.minus(Duration.ofDays(J7.jours)))) {
            return Optional.of(J7);
        }
        return Optional.empty();
    }

    /** A report due "on" a date may be sent until the end of that day, in Paris time. */
    public static Instant finDeJournee(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

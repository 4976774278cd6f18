package fr.gouv.ptce.financement.domain;

import java.time.Duration;
import java.time.LocalDate;

/** Dates of an agreement, all counted from its signature date (a calendar date in Paris). */
public final class Calendrier {

    private Calendrier() {
    }

    /** {@code mois} months after the signature (end of month clamped: 31 Jan + 1 month = 28/29 Feb). */
    public static LocalDate apresSignature(LocalDate signature, int mois) {
        return signature.plusMonths(mois);
    }

    /** Last day of the agreement: 24 months from 15 Nov 2023 end on 14 Nov 2025. */
    public static LocalDate dateFin(LocalDate signature, int dureeMois) {
        return signature.plusMonths(dureeMois).minusDays(1);
    }

    /** Whether the reminder of a report due on {@code dateLimite} is due on {@code aujourdhui}. */
    public static boolean rappelDu(LocalDate dateLimite, LocalDate aujourdhui, Duration preavis) {
        return !aujourdhui.isBefore(dateLimite.minusDays(preavis.toDays()));
    }
}

package fr.gouv.ptce.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the administration's silence on an application becomes a decision. A subsidy is a request of
 * a financial nature: by article L. 231-4 (3°) of the code des relations entre le public et
 * l'administration, silence kept for two months from receipt is a rejection (the general rule of
 * L. 231-1, silence worth acceptance, does not apply). The period ends on the same day of the month
 * two months later (the last day of a shorter month when that day does not exist).
 */
public final class SilenceVautRejet {

    /** Months of silence after which the application is deemed rejected. */
    public static final int MOIS = 2;

    private SilenceVautRejet() {
    }

    /** The day the implicit rejection is born, for an application received at {@code recue}. */
    public static LocalDate rejetImpliciteLe(Instant recue, ZoneId zone) {
        return recue.atZone(zone).toLocalDate().plusMonths(MOIS);
    }
}

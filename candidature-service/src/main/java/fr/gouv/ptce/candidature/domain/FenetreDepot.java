package fr.gouv.ptce.candidature.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * When a campaign accepts submissions: from {@code ouverture} included to {@code finExclusive}
 * excluded, to the millisecond. A phase-2 campaign closes at the exact instant the admin gives
 * (31 July 2023 12:00 Paris: 11:59:59.999 accepted, 12:00:00.000 refused). A phase-1 campaign
 * closes "at the end of its day": the admin's {@code cloture} names a day in Paris (its time of
 * day is ignored) and the last accepted instant is 23:59:59.999 Paris that day, whatever the
 * daylight-saving change, because the end is computed as the start of the next Paris day.
 */
public record FenetreDepot(Instant ouverture, Instant finExclusive) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static FenetreDepot pour(Phase phase, OffsetDateTime ouverture, OffsetDateTime cloture) {
        Instant fin = phase == Phase.PHASE_1 ? finDeJournee(cloture) : cloture.toInstant();
        return new FenetreDepot(ouverture.toInstant(), fin);
    }

    /** The first instant of the Paris day after the one {@code cloture} falls on. */
    public static Instant finDeJournee(OffsetDateTime cloture) {
        LocalDate jour = cloture.atZoneSameInstant(PARIS).toLocalDate();
        return jour.plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    public boolean estOuverte(Instant maintenant) {
        return !maintenant.isBefore(ouverture) && maintenant.isBefore(finExclusive);
    }

    /** The last instant a submission is accepted, as shown to people (…23:59:59.999). */
    public Instant dernierInstantAccepte() {
        return finExclusive.minusMillis(1);
    }
}

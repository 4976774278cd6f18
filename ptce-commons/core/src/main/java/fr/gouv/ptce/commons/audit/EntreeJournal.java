package fr.gouv.ptce.commons.audit;

import java.time.Instant;

/**
 * One entry of the audit journal as stored. {@code donnees} is the JSON text exactly as hashed
 * (keys sorted), so that verification recomputes the hash from what the table holds.
 */
public record EntreeJournal(long sequence, Instant instant, String acteur, String action, String typeAgregat,
                            String idAgregat, String donnees, String empreintePrecedente, String empreinte) {
}

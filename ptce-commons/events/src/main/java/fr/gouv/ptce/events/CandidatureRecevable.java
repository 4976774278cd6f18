package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de candidature.recevable (ptce.instructions) : voir ptce-events/schemas/candidature.recevable.schema.json. */
public record CandidatureRecevable(UUID candidatureId,
                                   String numero,
                                   String porteurSub,
                                   String contactEmail,
                                   UUID campagneId,
                                   String instructeur,
                                   String motivation,
                                   Instant decideLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_RECEVABLE;
    }
}

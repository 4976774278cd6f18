package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de candidature.irrecevable (ptce.instructions) : voir ptce-events/schemas/candidature.irrecevable.schema.json. */
public record CandidatureIrrecevable(UUID candidatureId,
                                     String numero,
                                     String porteurSub,
                                     String contactEmail,
                                     UUID campagneId,
                                     String instructeur,
                                     String motivation,
                                     Instant decideLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_IRRECEVABLE;
    }
}

package fr.gouv.ptce.events;

import fr.gouv.ptce.commons.events.EventData;

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
                                     Instant decideLe) implements EventData {

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_IRRECEVABLE;
    }
}

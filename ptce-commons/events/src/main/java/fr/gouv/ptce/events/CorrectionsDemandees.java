package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de corrections.demandees (ptce.instructions) : voir ptce-events/schemas/corrections.demandees.schema.json. */
public record CorrectionsDemandees(UUID candidatureId,
                                   String numero,
                                   String porteurSub,
                                   String contactEmail,
                                   UUID campagneId,
                                   String instructeur,
                                   String motif,
                                   Instant demandeesLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CORRECTIONS_DEMANDEES;
    }
}

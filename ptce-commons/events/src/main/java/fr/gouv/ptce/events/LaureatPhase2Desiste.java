package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de laureat.phase2.desiste (ptce.decisions) : voir ptce-events/schemas/laureat.phase2.desiste.schema.json. */
public record LaureatPhase2Desiste(UUID candidatureId,
                                   String numero,
                                   String porteurSub,
                                   String contactEmail,
                                   UUID campagneId,
                                   String siret,
                                   String motif,
                                   Instant desisteLe,
                                   UUID promuCandidatureId) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.LAUREAT_PHASE2_DESISTE;
    }
}

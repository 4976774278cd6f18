package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de reversement.annule (ptce.financements) : voir ptce-events/schemas/reversement.annule.schema.json. */
public record ReversementAnnule(UUID candidatureId,
                                String numero,
                                String porteurSub,
                                String contactEmail,
                                UUID conventionId,
                                UUID campagneId,
                                String siret,
                                UUID reversementId,
                                long montantCentimes,
                                String motif,
                                Instant annuleLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.REVERSEMENT_ANNULE;
    }
}

package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de convention.resiliee (ptce.financements) : voir ptce-events/schemas/convention.resiliee.schema.json. */
public record ConventionResiliee(UUID candidatureId,
                                 String numero,
                                 String porteurSub,
                                 String contactEmail,
                                 UUID conventionId,
                                 UUID campagneId,
                                 String siret,
                                 String motif,
                                 long montantLibereCentimes,
                                 long montantReversementCentimes,
                                 Instant resilieeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CONVENTION_RESILIEE;
    }
}

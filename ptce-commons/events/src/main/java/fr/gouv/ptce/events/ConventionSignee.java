package fr.gouv.ptce.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Données de convention.signee (ptce.financements) : voir ptce-events/schemas/convention.signee.schema.json. */
public record ConventionSignee(UUID candidatureId,
                               String numero,
                               String porteurSub,
                               String contactEmail,
                               UUID conventionId,
                               UUID campagneId,
                               String siret,
                               LocalDate dateSignature,
                               LocalDate dateFin,
                               Instant signeeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CONVENTION_SIGNEE;
    }
}

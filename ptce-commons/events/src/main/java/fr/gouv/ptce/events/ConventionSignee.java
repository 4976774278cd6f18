package fr.gouv.ptce.events;

import fr.gouv.ptce.commons.events.EventData;

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
                               Instant signeeLe) implements EventData {

    @Override
    public Fait eventType() {
        return Fait.CONVENTION_SIGNEE;
    }
}

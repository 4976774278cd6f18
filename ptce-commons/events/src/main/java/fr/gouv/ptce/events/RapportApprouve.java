package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de rapport.approuve (ptce.financements) : voir ptce-events/schemas/rapport.approuve.schema.json. */
public record RapportApprouve(UUID candidatureId,
                              String numero,
                              String porteurSub,
                              String contactEmail,
                              UUID conventionId,
                              UUID campagneId,
                              String siret,
                              UUID rapportId,
                              String type,
                              Instant approuveLe,
                              String gestionnaire) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.RAPPORT_APPROUVE;
    }
}

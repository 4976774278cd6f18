package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de rapport.rejete (ptce.financements) : voir ptce-events/schemas/rapport.rejete.schema.json. */
public record RapportRejete(UUID candidatureId,
                            String numero,
                            String porteurSub,
                            String contactEmail,
                            UUID conventionId,
                            UUID campagneId,
                            String siret,
                            UUID rapportId,
                            String type,
                            String motif,
                            Instant rejeteLe,
                            String gestionnaire) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.RAPPORT_REJETE;
    }
}

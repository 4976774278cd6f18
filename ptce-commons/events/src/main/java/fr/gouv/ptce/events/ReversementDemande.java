package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de reversement.demande (ptce.financements) : voir ptce-events/schemas/reversement.demande.schema.json. */
public record ReversementDemande(UUID candidatureId,
                                 String numero,
                                 String porteurSub,
                                 String contactEmail,
                                 UUID conventionId,
                                 UUID campagneId,
                                 String siret,
                                 UUID reversementId,
                                 long montantCentimes,
                                 String motif,
                                 Instant demandeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.REVERSEMENT_DEMANDE;
    }
}

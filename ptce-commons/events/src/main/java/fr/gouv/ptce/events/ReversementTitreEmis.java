package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de reversement.titre.emis (ptce.financements) : voir ptce-events/schemas/reversement.titre.emis.schema.json. */
public record ReversementTitreEmis(UUID candidatureId,
                                   String numero,
                                   String porteurSub,
                                   String contactEmail,
                                   UUID conventionId,
                                   UUID campagneId,
                                   String siret,
                                   UUID reversementId,
                                   long montantCentimes,
                                   String referenceTitre,
                                   Instant titreEmisLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.REVERSEMENT_TITRE_EMIS;
    }
}

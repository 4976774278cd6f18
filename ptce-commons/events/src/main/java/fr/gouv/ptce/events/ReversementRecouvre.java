package fr.gouv.ptce.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Données de reversement.recouvre (ptce.financements) : voir ptce-events/schemas/reversement.recouvre.schema.json. */
public record ReversementRecouvre(UUID candidatureId,
                                  String numero,
                                  String porteurSub,
                                  String contactEmail,
                                  UUID conventionId,
                                  UUID campagneId,
                                  String siret,
                                  UUID reversementId,
                                  long montantCentimes,
                                  String referenceTitre,
                                  LocalDate dateRecouvrement,
                                  Instant recouvreLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.REVERSEMENT_RECOUVRE;
    }
}

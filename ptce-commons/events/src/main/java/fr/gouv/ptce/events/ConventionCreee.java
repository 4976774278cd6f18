package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Données de convention.creee (ptce.financements) : voir ptce-events/schemas/convention.creee.schema.json. */
public record ConventionCreee(UUID candidatureId,
                              String numero,
                              String porteurSub,
                              String contactEmail,
                              UUID conventionId,
                              UUID campagneId,
                              String siret,
                              String raisonSociale,
                              long montantCentimes,
                              int dureeMois,
                              List<EcheancePrevue> echeances,
                              Instant creeeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CONVENTION_CREEE;
    }
}

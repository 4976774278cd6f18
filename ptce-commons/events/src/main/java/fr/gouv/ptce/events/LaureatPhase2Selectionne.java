package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de laureat.phase2.selectionne (ptce.decisions) : voir ptce-events/schemas/laureat.phase2.selectionne.schema.json. */
public record LaureatPhase2Selectionne(UUID candidatureId,
                                       String numero,
                                       String porteurSub,
                                       String contactEmail,
                                       UUID campagneId,
                                       String siret,
                                       String raisonSociale,
                                       Contact contact,
                                       long montantCentimes,
                                       int dureeMois,
                                       Integer rang,
                                       Instant selectionneLe,
                                       String region,
                                       Long budgetProjetCentimes) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.LAUREAT_PHASE2_SELECTIONNE;
    }
}

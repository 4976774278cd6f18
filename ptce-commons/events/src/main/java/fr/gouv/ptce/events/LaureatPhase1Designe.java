package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Données de laureat.phase1.designe (ptce.decisions) : voir ptce-events/schemas/laureat.phase1.designe.schema.json. */
public record LaureatPhase1Designe(UUID candidatureId,
                                   String numero,
                                   String porteurSub,
                                   String contactEmail,
                                   UUID campagneId,
                                   String campagneCode,
                                   String siret,
                                   String raisonSociale,
                                   String codeCommune,
                                   String departement,
                                   String region,
                                   List<String> secteurs,
                                   Instant designeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.LAUREAT_PHASE1_DESIGNE;
    }
}

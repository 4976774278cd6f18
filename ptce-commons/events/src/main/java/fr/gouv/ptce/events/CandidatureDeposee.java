package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Données de candidature.deposee (ptce.candidatures) : voir ptce-events/schemas/candidature.deposee.schema.json. */
public record CandidatureDeposee(UUID candidatureId,
                                 String numero,
                                 String porteurSub,
                                 String contactEmail,
                                 UUID campagneId,
                                 String campagneCode,
                                 Phase phase,
                                 Structure structure,
                                 List<Membre> membres,
                                 Projet projet,
                                 Contact contact,
                                 String territoire,
                                 Instant deposeeLe) implements Evenement, DossierConcerne, DepotCandidature {

    @Override
    public Instant depotLe() {
        return deposeeLe;
    }

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_DEPOSEE;
    }
}

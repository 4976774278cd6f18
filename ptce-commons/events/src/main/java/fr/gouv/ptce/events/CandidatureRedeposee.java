package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Données de candidature.redeposee (ptce.candidatures) : voir ptce-events/schemas/candidature.redeposee.schema.json. */
public record CandidatureRedeposee(UUID candidatureId,
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
                                   Instant redeposeeLe) implements Evenement, DossierConcerne, DepotCandidature {

    @Override
    public Instant depotLe() {
        return redeposeeLe;
    }

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_REDEPOSEE;
    }
}

package fr.gouv.ptce.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Données de candidature.retiree (ptce.candidatures) : voir ptce-events/schemas/candidature.retiree.schema.json. */
public record CandidatureRetiree(UUID candidatureId,
                                 String numero,
                                 String porteurSub,
                                 String contactEmail,
                                 UUID campagneId,
                                 Phase phase,
                                 String siret,
                                 String motif,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String ancienStatut,
                                 Instant retireeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.CANDIDATURE_RETIREE;
    }
}

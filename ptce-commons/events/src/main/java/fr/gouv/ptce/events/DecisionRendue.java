package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de decision.rendue (ptce.decisions) : voir ptce-events/schemas/decision.rendue.schema.json. */
public record DecisionRendue(UUID candidatureId,
                             String numero,
                             String porteurSub,
                             String contactEmail,
                             UUID decisionId,
                             UUID campagneId,
                             Phase phase,
                             String siret,
                             TypeDecision decision,
                             String motivation,
                             String decideur,
                             Instant decideLe,
                             Integer rang,
                             CirconstanceDecision circonstance) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.DECISION_RENDUE;
    }
}

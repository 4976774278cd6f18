package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Données de evaluateur.affecte (ptce.instructions) : voir ptce-events/schemas/evaluateur.affecte.schema.json.
 * notification-service writes to the evaluator, with the link to its evaluation: the e-mail and name come
 * from the directory (Keycloak) at the assignment. Personal data of an agent: never open to partners.
 */
public record EvaluateurAffecte(UUID candidatureId,
                                String numero,
                                UUID campagneId,
                                UUID evaluationId,
                                String evaluateurSub,
                                String evaluateurNom,
                                String evaluateurEmail,
                                Instant affecteLe) implements Evenement {

    @Override
    public Fait eventType() {
        return Fait.EVALUATEUR_AFFECTE;
    }
}

package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Données de evaluateur.habilite (ptce.instructions) : voir ptce-events/schemas/evaluateur.habilite.schema.json.
 * candidature-service learns from it which evaluator may read which file, without asking evaluation-service.
 */
public record EvaluateurHabilite(UUID candidatureId,
                                 String numero,
                                 UUID campagneId,
                                 String evaluateurSub,
                                 Instant habiliteLe) implements Evenement {

    @Override
    public Fait eventType() {
        return Fait.EVALUATEUR_HABILITE;
    }
}

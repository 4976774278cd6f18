package fr.gouv.ptce.evaluation.instruction;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TypeDecision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the API shows of instruction files. */
public final class InstructionVues {

    private InstructionVues() {
    }

    public record Resume(UUID id, UUID candidatureId, String numero, UUID campagneId, String campagneCode, Phase phase,
                         StatutInstruction statut, String raisonSociale, String siret, String region,
                         Instant deposeeLe, String instructeur, TypeDecision decision, Integer rang) {
    }

    public record Evenement(String action, String statut, String acteur, String commentaire, Instant survenuLe) {
    }

    public record Evaluateur(UUID evaluationId, String evaluateurSub, String evaluateurNom, String statut,
                             Boolean conflit, Instant soumiseLe) {
    }

    public record Detail(UUID id, UUID candidatureId, String numero, UUID campagneId, String campagneCode, Phase phase,
                         StatutInstruction statut, String porteurSub, String contactEmail, Instant deposeeLe,
                         String instructeur, String motifCorrections, String motivationRecevabilite,
                         List<Evaluateur> evaluateurs, int evaluationsSoumises, int evaluateursManquants,
                         TypeDecision decision, Integer rang, JsonNode candidature, List<Evenement> historique) {
    }
}

package fr.gouv.ptce.evaluation.classement;

import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TypeDecision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The ranking the committee reads. Scores on the 0–5 scale, two decimals. */
public final class ClassementVues {

    private ClassementVues() {
    }

    public record Ligne(int rang, UUID candidatureId, String numero, String raisonSociale, String region,
                        Instant deposeeLe, BigDecimal score, List<BigDecimal> totauxEvaluateurs, boolean divergence,
                        BigDecimal ecart, StatutInstruction statut, TypeDecision decision) {
    }

    public record NonClasse(UUID candidatureId, String numero, String raisonSociale, StatutInstruction statut,
                            int evaluationsSoumises) {
    }

    public record Classement(UUID campagneId, String campagneCode, String phase, Integer maxLaureats,
                             long laureats, String regleDepartage, BigDecimal seuilDivergence,
                             int evaluationsMinimum, List<Ligne> dossiers, List<NonClasse> nonClasses) {
    }
}

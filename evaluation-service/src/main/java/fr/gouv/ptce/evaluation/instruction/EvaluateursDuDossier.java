package fr.gouv.ptce.evaluation.instruction;

import java.util.List;
import java.util.UUID;

/**
 * What the instruction's detail shows of a file's evaluators. The evaluation package owns the
 * assignments and implements this, so instruction stays below evaluation, which depends on it.
 */
public interface EvaluateursDuDossier {

    /**
     * @param evaluateurs the file's evaluators, in the order they were assigned
     * @param soumises    evaluations submitted
     * @param manquants   evaluators still to assign before the file can be ranked (conflicts do not count)
     */
    record Etat(List<InstructionVues.Evaluateur> evaluateurs, int soumises, int manquants) {
    }

    Etat de(UUID candidatureId);
}

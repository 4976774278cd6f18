package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

import static fr.gouv.ptce.evaluation.domain.StatutInstruction.*;

/**
 * The transitions of an instruction file, in one place, so that every refusal names the status
 * the file is in. Each method returns the next status or throws {@link TransitionInterditeException}.
 */
public final class CycleInstruction {

    /** Statuses in which evaluators may be assigned and may work. */
    public static final Set<StatutInstruction> EVALUABLES = EnumSet.of(RECEVABLE, EN_EVALUATION, EVALUEE);

    /** A withdrawal by the porteur is no longer possible once the file is closed or a lauréat. */
    private static final Set<StatutInstruction> CLOS = EnumSet.of(IRRECEVABLE, DESISTEE, RETIREE);

    private CycleInstruction() {
    }

    public static StatutInstruction prendreEnCharge(StatutInstruction actuel) {
        exiger(actuel, EnumSet.of(A_INSTRUIRE), "prise-en-charge", "seul un dossier à instruire peut être pris en charge");
        return EN_INSTRUCTION;
    }

    public static StatutInstruction demanderCorrections(StatutInstruction actuel) {
        exiger(actuel, EnumSet.of(EN_INSTRUCTION), "corrections",
                "des corrections ne peuvent être demandées que pendant l'instruction");
        return CORRECTIONS_DEMANDEES;
    }

    public static StatutInstruction statuerRecevabilite(StatutInstruction actuel, boolean recevable) {
        exiger(actuel, EnumSet.of(EN_INSTRUCTION), "recevabilite",
                "la recevabilité se prononce sur un dossier en instruction");
        return recevable ? RECEVABLE : IRRECEVABLE;
    }

    /** The porteur sends the corrected file back: it waits to be taken again. */
    public static StatutInstruction redeposer(StatutInstruction actuel) {
        exiger(actuel, EnumSet.of(CORRECTIONS_DEMANDEES, A_INSTRUIRE), "redepot",
                "seul un dossier renvoyé pour corrections peut revenir");
        return A_INSTRUIRE;
    }

    public static StatutInstruction affecterEvaluateur(StatutInstruction actuel) {
        exiger(actuel, EVALUABLES, "affectation", "des évaluateurs ne s'affectent qu'à un dossier recevable");
        return actuel == RECEVABLE ? EN_EVALUATION : actuel;
    }

    /** After a submission: the file becomes rankable with enough submitted evaluations. */
    public static StatutInstruction apresSoumission(StatutInstruction actuel, int evaluationsSoumises, int minimum) {
        exiger(actuel, EnumSet.of(EN_EVALUATION, EVALUEE), "soumission",
                "une évaluation ne se soumet que sur un dossier en évaluation");
        return evaluationsSoumises >= minimum ? EVALUEE : EN_EVALUATION;
    }

    /**
     * A committee decision: on a rankable file; {@code SANS_SUITE} also closes a file that could not
     * be evaluated; the only second decision is the promotion of a file on the waiting list.
     */
    public static StatutInstruction decider(StatutInstruction actuel, TypeDecision decisionActuelle, TypeDecision nouvelle) {
        if (actuel == DECIDEE) {
            if (decisionActuelle == TypeDecision.LISTE_ATTENTE && nouvelle == TypeDecision.LAUREAT) {
                return DECIDEE;
            }
            throw new TransitionInterditeException(actuel.name(), "decision",
                    "une décision (" + decisionActuelle + ") a déjà été rendue pour ce dossier");
        }
        Set<StatutInstruction> permis = nouvelle == TypeDecision.SANS_SUITE ? EVALUABLES : EnumSet.of(EVALUEE);
        exiger(actuel, permis, "decision", nouvelle == TypeDecision.SANS_SUITE
                ? "une décision ne se rend que sur un dossier recevable"
                : "une décision se rend sur un dossier classé (au moins deux évaluations soumises)");
        return DECIDEE;
    }

    public static StatutInstruction desister(StatutInstruction actuel, TypeDecision decisionActuelle) {
        if (actuel != DECIDEE || decisionActuelle != TypeDecision.LAUREAT) {
            throw new TransitionInterditeException(actuel.name(), "desistement",
                    "seul un lauréat peut se désister");
        }
        return DESISTEE;
    }

    /** The porteur withdrew the file. A lauréat withdraws through a desistement instead. */
    public static StatutInstruction retirer(StatutInstruction actuel, TypeDecision decisionActuelle) {
        if (CLOS.contains(actuel) || (actuel == DECIDEE && decisionActuelle == TypeDecision.LAUREAT)) {
            throw new TransitionInterditeException(actuel.name(), "retrait",
                    "un dossier clos ou lauréat ne peut plus être retiré");
        }
        return RETIREE;
    }

    private static void exiger(StatutInstruction actuel, Set<StatutInstruction> permis, String action, String raison) {
        if (!permis.contains(actuel)) {
            throw new TransitionInterditeException(actuel.name(), action, raison);
        }
    }
}

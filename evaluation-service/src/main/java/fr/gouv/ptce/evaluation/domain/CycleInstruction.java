package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

import static fr.gouv.ptce.evaluation.domain.StatutInstruction.*;

/**
 * The actions that move an instruction file, each with its own condition, so that every refusal
 * names the status the file is in; every move stays within the tables
 * {@link StatutInstruction#suivants()} and {@link TypeDecision#suivantes()}. Each method returns the
 * next status or throws {@link TransitionInterditeException}.
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
        return aller(actuel, EN_INSTRUCTION, "prise-en-charge");
    }

    public static StatutInstruction demanderCorrections(StatutInstruction actuel) {
        exiger(actuel, EnumSet.of(EN_INSTRUCTION), "corrections",
                "des corrections ne peuvent être demandées que pendant l'instruction");
        return aller(actuel, CORRECTIONS_DEMANDEES, "corrections");
    }

    public static StatutInstruction statuerRecevabilite(StatutInstruction actuel, boolean recevable) {
        exiger(actuel, EnumSet.of(EN_INSTRUCTION), "recevabilite",
                "la recevabilité se prononce sur un dossier en instruction");
        return aller(actuel, recevable ? RECEVABLE : IRRECEVABLE, "recevabilite");
    }

    /** The porteur sends the corrected file back: it waits to be taken again. */
    public static StatutInstruction redeposer(StatutInstruction actuel) {
        exiger(actuel, EnumSet.of(CORRECTIONS_DEMANDEES, A_INSTRUIRE), "redepot",
                "seul un dossier renvoyé pour corrections peut revenir");
        return aller(actuel, A_INSTRUIRE, "redepot");
    }

    public static StatutInstruction affecterEvaluateur(StatutInstruction actuel) {
        exiger(actuel, EVALUABLES, "affectation", "des évaluateurs ne s'affectent qu'à un dossier recevable");
        return aller(actuel, actuel == RECEVABLE ? EN_EVALUATION : actuel, "affectation");
    }

    /** After a submission: the file becomes rankable with enough submitted evaluations. */
    public static StatutInstruction apresSoumission(StatutInstruction actuel, int evaluationsSoumises, int minimum) {
        exiger(actuel, EnumSet.of(EN_EVALUATION, EVALUEE), "soumission",
                "une évaluation ne se soumet que sur un dossier en évaluation");
        return aller(actuel, evaluationsSoumises >= minimum ? EVALUEE : EN_EVALUATION, "soumission");
    }

    /**
     * A committee decision: on a rankable file; {@code SANS_SUITE} also closes a file that could not
     * be evaluated; the only second decision is the promotion of a file on the waiting list.
     */
    public static StatutInstruction decider(StatutInstruction actuel, TypeDecision decisionActuelle, TypeDecision nouvelle) {
        return decider(actuel, decisionActuelle, nouvelle, false);
    }

    /**
     * The same, for a campaign decided on the instruction alone ({@code surInstruction}: a phase-1
     * campaign published without a scoring grid): no evaluator, so an admissible file is decided.
     */
    public static StatutInstruction decider(StatutInstruction actuel, TypeDecision decisionActuelle, TypeDecision nouvelle,
                                            boolean surInstruction) {
        if (surInstruction && actuel == RECEVABLE) {
            return aller(actuel, DECIDEE, "decision");
        }
        if (actuel == DECIDEE) {
            if (decisionActuelle == TypeDecision.LISTE_ATTENTE && nouvelle == TypeDecision.LAUREAT
                    && decisionActuelle.suivantes().contains(nouvelle)) {
                return DECIDEE;
            }
            throw new TransitionInterditeException(actuel.name(), "decision",
                    "une décision (" + decisionActuelle + ") a déjà été rendue pour ce dossier");
        }
        Set<StatutInstruction> permis = nouvelle == TypeDecision.SANS_SUITE ? EVALUABLES : EnumSet.of(EVALUEE);
        exiger(actuel, permis, "decision", nouvelle == TypeDecision.SANS_SUITE
                ? "une décision ne se rend que sur un dossier recevable"
                : "une décision se rend sur un dossier classé (au moins deux évaluations soumises)");
        return aller(actuel, DECIDEE, "decision");
    }

    /** Closing the selection: a file still on the waiting list is not retained (its second decision). */
    public static StatutInstruction clore(StatutInstruction actuel, TypeDecision decisionActuelle) {
        if (actuel != DECIDEE || decisionActuelle == null
                || !decisionActuelle.suivantes().contains(TypeDecision.NON_RETENU)) {
            throw new TransitionInterditeException(actuel.name(), "cloture-selection",
                    "seul un dossier en liste d'attente est clos par la clôture de la sélection");
        }
        return DECIDEE;
    }

    public static StatutInstruction desister(StatutInstruction actuel, TypeDecision decisionActuelle) {
        if (actuel != DECIDEE || decisionActuelle != TypeDecision.LAUREAT) {
            throw new TransitionInterditeException(actuel.name(), "desistement",
                    "seul un lauréat peut se désister");
        }
        return aller(actuel, DESISTEE, "desistement");
    }

    /** The porteur withdrew the file. A lauréat withdraws through a desistement instead. */
    public static StatutInstruction retirer(StatutInstruction actuel, TypeDecision decisionActuelle) {
        if (CLOS.contains(actuel) || (actuel == DECIDEE && decisionActuelle == TypeDecision.LAUREAT)) {
            throw new TransitionInterditeException(actuel.name(), "retrait",
                    "un dossier clos ou lauréat ne peut plus être retiré");
        }
        return aller(actuel, RETIREE, "retrait");
    }

    /** The move, if the table allows it (or no move at all): an action never leaves the table. */
    private static StatutInstruction aller(StatutInstruction actuel, StatutInstruction cible, String action) {
        if (cible != actuel && !actuel.suivants().contains(cible)) {
            throw new TransitionInterditeException(actuel.name(), action,
                    "passage de " + actuel + " à " + cible + " impossible");
        }
        return cible;
    }

    private static void exiger(StatutInstruction actuel, Set<StatutInstruction> permis, String action, String raison) {
        if (!permis.contains(actuel)) {
            throw new TransitionInterditeException(actuel.name(), action, raison);
        }
    }
}

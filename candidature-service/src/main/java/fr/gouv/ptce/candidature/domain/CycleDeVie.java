package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import static fr.gouv.ptce.candidature.domain.StatutCandidature.*;

/**
 * The actions that move an application, each with its own condition; every move also stays within
 * the table {@link StatutCandidature#suivants()}. Each method returns the next status or throws
 * {@link TransitionInterditeException} naming the current one.
 */
public final class CycleDeVie {

    private CycleDeVie() {
    }

    /** The refusal of {@code action} (an infinitive) in status {@code actuel}, naming both. */
    public static TransitionInterditeException refus(StatutCandidature actuel, String action) {
        return new TransitionInterditeException(actuel,
                "Impossible de " + action + " : la candidature est au statut " + actuel + ".");
    }

    /** First submission (from a draft) or re-submission after corrections. */
    public static StatutCandidature deposer(StatutCandidature actuel) {
        if (actuel == BROUILLON || actuel == CORRECTIONS_DEMANDEES) {
            return aller(actuel, DEPOSEE, "déposer la candidature");
        }
        throw refus(actuel, "déposer la candidature");
    }

    public static StatutCandidature retirer(StatutCandidature actuel) {
        if (RETIRABLES.contains(actuel)) {
            return aller(actuel, RETIREE, "retirer la candidature");
        }
        throw refus(actuel, "retirer la candidature");
    }

    public static StatutCandidature demarrerInstruction(StatutCandidature actuel) {
        if (actuel == DEPOSEE) {
            return aller(actuel, EN_INSTRUCTION, "démarrer l'instruction");
        }
        throw refus(actuel, "démarrer l'instruction");
    }

    public static StatutCandidature demanderCorrections(StatutCandidature actuel) {
        if (INSTRUISABLES.contains(actuel)) {
            return aller(actuel, CORRECTIONS_DEMANDEES, "demander des corrections");
        }
        throw refus(actuel, "demander des corrections");
    }

    public static StatutCandidature declarerIrrecevable(StatutCandidature actuel) {
        if (INSTRUISABLES.contains(actuel) || actuel == CORRECTIONS_DEMANDEES) {
            return aller(actuel, REFUSEE, "déclarer la candidature irrecevable");
        }
        throw refus(actuel, "déclarer la candidature irrecevable");
    }

    public static StatutCandidature decider(StatutCandidature actuel, Decision decision) {
        if (DECIDABLES.contains(actuel) && !(actuel == LISTE_ATTENTE && decision == Decision.LISTE_ATTENTE)) {
            return aller(actuel, decision.statut(), "appliquer la décision " + decision);
        }
        throw refus(actuel, "appliquer la décision " + decision);
    }

    /**
     * A phase-2 lauréat renounces: the file becomes RETIREE (the structure itself left, as with a
     * withdrawal), which also frees its place in the campaign.
     */
    public static StatutCandidature desister(StatutCandidature actuel) {
        if (actuel == ACCEPTEE) {
            return aller(actuel, RETIREE, "enregistrer le désistement");
        }
        throw refus(actuel, "enregistrer le désistement");
    }

    /** The move, if the table allows it: an action can never take a file where the table does not. */
    private static StatutCandidature aller(StatutCandidature actuel, StatutCandidature cible, String action) {
        if (!actuel.suivants().contains(cible)) {
            throw refus(actuel, action);
        }
        return cible;
    }
}

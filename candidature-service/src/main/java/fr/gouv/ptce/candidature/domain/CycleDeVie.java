package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import static fr.gouv.ptce.candidature.domain.StatutCandidature.*;

/**
 * Every allowed move of an application, and only those. Each method returns the next status or
 * throws {@link TransitionInterditeException} naming the current one.
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
            return DEPOSEE;
        }
        throw refus(actuel, "déposer la candidature");
    }

    public static StatutCandidature retirer(StatutCandidature actuel) {
        if (RETIRABLES.contains(actuel)) {
            return RETIREE;
        }
        throw refus(actuel, "retirer la candidature");
    }

    public static StatutCandidature demarrerInstruction(StatutCandidature actuel) {
        if (actuel == DEPOSEE) {
            return EN_INSTRUCTION;
        }
        throw refus(actuel, "démarrer l'instruction");
    }

    public static StatutCandidature demanderCorrections(StatutCandidature actuel) {
        if (INSTRUISABLES.contains(actuel)) {
            return CORRECTIONS_DEMANDEES;
        }
        throw refus(actuel, "demander des corrections");
    }

    public static StatutCandidature declarerIrrecevable(StatutCandidature actuel) {
        if (INSTRUISABLES.contains(actuel) || actuel == CORRECTIONS_DEMANDEES) {
            return REFUSEE;
        }
        throw refus(actuel, "déclarer la candidature irrecevable");
    }

    public static StatutCandidature decider(StatutCandidature actuel, Decision decision) {
        if (DECIDABLES.contains(actuel) && !(actuel == LISTE_ATTENTE && decision == Decision.LISTE_ATTENTE)) {
            return decision.statut();
        }
        throw refus(actuel, "appliquer la décision " + decision);
    }

    /**
     * A phase-2 lauréat renounces: the file becomes RETIREE (the structure itself left, as with a
     * withdrawal), which also frees its place in the campaign.
     */
    public static StatutCandidature desister(StatutCandidature actuel) {
        if (actuel == ACCEPTEE) {
            return RETIREE;
        }
        throw refus(actuel, "enregistrer le désistement");
    }
}

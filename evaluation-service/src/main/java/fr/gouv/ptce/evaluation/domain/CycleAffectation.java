package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

/** The transitions of an evaluator's assignment; a refusal names the current status. */
public final class CycleAffectation {

    private CycleAffectation() {
    }

    public static StatutAffectation declarerInterets(StatutAffectation actuel, boolean conflit) {
        if (actuel != StatutAffectation.DECLARATION_ATTENDUE) {
            throw new TransitionInterditeException(actuel.name(), "declaration-interets",
                    "la déclaration d'intérêts a déjà été faite pour cette affectation");
        }
        return aller(actuel, conflit ? StatutAffectation.CONFLIT : StatutAffectation.EN_COURS, "declaration-interets");
    }

    /** Notes may be saved as often as wanted until the evaluation is submitted. */
    public static void noter(StatutAffectation actuel) {
        if (actuel != StatutAffectation.EN_COURS) {
            throw new TransitionInterditeException(actuel.name(), "notation", raison(actuel));
        }
    }

    public static StatutAffectation soumettre(StatutAffectation actuel) {
        noter(actuel);
        return aller(actuel, StatutAffectation.SOUMISE, "soumission");
    }

    /** The move, if the table allows it: an action never leaves {@link StatutAffectation#suivants()}. */
    private static StatutAffectation aller(StatutAffectation actuel, StatutAffectation cible, String action) {
        if (!actuel.suivants().contains(cible)) {
            throw new TransitionInterditeException(actuel.name(), action,
                    "passage de " + actuel + " à " + cible + " impossible");
        }
        return cible;
    }

    /** Reading the file's detail is the privilege of an evaluator without conflict. */
    public static boolean peutLireLeDossier(StatutAffectation actuel) {
        return actuel == StatutAffectation.EN_COURS || actuel == StatutAffectation.SOUMISE;
    }

    private static String raison(StatutAffectation actuel) {
        return switch (actuel) {
            case DECLARATION_ATTENDUE -> "la déclaration d'intérêts doit précéder la notation";
            case SOUMISE -> "l'évaluation est soumise et ne peut plus être modifiée";
            case CONFLIT -> "l'affectation a pris fin sur un conflit d'intérêts déclaré";
            case EN_COURS -> "notation possible";
        };
    }
}

package fr.gouv.ptce.evaluation.common;

import fr.gouv.ptce.commons.problem.ProblemException;

/** Bounds the page size a client asks for. */
public final class Taille {

    private Taille() {
    }

    public static int borner(Integer demandee, int defaut, int max) {
        if (demandee == null) {
            return defaut;
        }
        if (demandee < 1 || demandee > max) {
            throw ProblemException.badRequest("taille", "la taille de page doit être comprise entre 1 et " + max);
        }
        return demandee;
    }
}

package fr.gouv.ptce.evaluation.common;

import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.evaluation.domain.TransitionInterditeException;

/** The refusals this service writes in more than one place. */
public final class Problemes {

    private Problemes() {
    }

    /** 409 naming the status the resource is in, and what was refused. */
    public static ProblemException transition(TransitionInterditeException e) {
        return new ProblemException(Problem.of(409, "transition-interdite", "Conflit avec l'état actuel",
                "Opération « " + e.action() + " » impossible au statut " + e.statut() + " : " + e.getMessage() + "."));
    }

    public static ProblemException dossierIntrouvable() {
        return ProblemException.notFound("Aucun dossier d'instruction avec cet identifiant.");
    }

    public static ProblemException campagneInconnue() {
        return ProblemException.conflict("campagne-inconnue",
                "La campagne de ce dossier n'a pas encore été reçue (campagne.publiee) : réessayez dans un instant.");
    }
}

package fr.gouv.ptce.evaluation.web;

import fr.gouv.ptce.commons.problem.ProblemException;

/** The refusals this service writes in more than one place. */
public final class Problemes {

    private Problemes() {
    }

    public static ProblemException dossierIntrouvable() {
        return ProblemException.notFound("Aucun dossier d'instruction avec cet identifiant.");
    }

    /** A campaign-wide act asked by a user whose scope is one or more régions. */
    public static ProblemException porteeNationaleRequise(String acte) {
        return ProblemException.forbidden(acte + " : réservé à la cellule nationale (portée « national »), "
                + "car l'acte porte sur les dossiers de toutes les régions.");
    }

    public static ProblemException campagneInconnue() {
        return ProblemException.conflict("campagne-inconnue",
                "La campagne de ce dossier n'a pas encore été reçue (campagne.publiee) : réessayez dans un instant.");
    }
}

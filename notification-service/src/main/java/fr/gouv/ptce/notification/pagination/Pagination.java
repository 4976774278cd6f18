package fr.gouv.ptce.notification.pagination;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.problem.ProblemException;

import java.util.UUID;

/** Checks the paging parameters every list shares: {@code curseur} and {@code taille} (1–100). */
public final class Pagination {

    public static final int TAILLE_PAR_DEFAUT = 20;
    public static final int TAILLE_MAX = 100;

    private Pagination() {
    }

    public static int taille(Integer demandee) {
        if (demandee == null) {
            return TAILLE_PAR_DEFAUT;
        }
        if (demandee < 1 || demandee > TAILLE_MAX) {
            throw ProblemException.badRequest("taille", "doit être comprise entre 1 et " + TAILLE_MAX);
        }
        return demandee;
    }

    /** A UUID filter from the query string; null when absent; 400 naming the parameter when malformed. */
    public static UUID identifiant(String champ, String texte) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(champ, "identifiant invalide (UUID attendu)");
        }
    }

    /** The position after which the page starts; null for the first page; 400 naming {@code curseur} when altered. */
    public static Curseur.Position curseur(String texte) {
        return Curseur.position(texte);
    }
}

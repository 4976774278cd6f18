package fr.gouv.ptce.commons.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.gouv.ptce.commons.problem.ProblemException;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same in every service: its elements and the opaque cursor of the next
 * page ({@code curseurSuivant}, null on the last page, always written so clients can test it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> elements, String curseurSuivant) {

    /** Elements per page when the client does not say. */
    public static final int TAILLE_PAR_DEFAUT = 20;
    /** The most a client may ask for, on every list (the resources say so with {@code @Max(100)}). */
    public static final int TAILLE_MAX = 100;

    /** The page size a client asked for ({@code taille}): 20 when absent, 400 naming it outside 1–100. */
    public static int taille(Integer demandee) {
        return taille(demandee, TAILLE_MAX);
    }

    /** Same, for a list whose own bound is {@code max} (the audit journal's, for one). */
    public static int taille(Integer demandee, int max) {
        if (demandee == null) {
            return Math.min(TAILLE_PAR_DEFAUT, max);
        }
        if (demandee < 1 || demandee > max) {
            throw ProblemException.badRequest("taille", "la taille de page doit être comprise entre 1 et " + max);
        }
        return demandee;
    }

    /**
     * The page made of {@code lues}, read with one row more than {@code taille} (keyset paging):
     * the extra row only says that a next page exists; the cursor is that of the last row kept.
     */
    public static <E, T> Page<T> depuis(List<E> lues, int taille, Function<E, T> vue, Function<E, String> curseur) {
        boolean suite = lues.size() > taille;
        List<E> gardees = suite ? lues.subList(0, taille) : lues;
        return new Page<>(gardees.stream().map(vue).toList(),
                suite ? curseur.apply(gardees.get(gardees.size() - 1)) : null);
    }
}

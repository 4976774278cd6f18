package fr.gouv.ptce.commons.page;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same in every service: its elements and the opaque cursor of the next
 * page ({@code curseurSuivant}, null on the last page, always written so clients can test it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> elements, String curseurSuivant) {

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

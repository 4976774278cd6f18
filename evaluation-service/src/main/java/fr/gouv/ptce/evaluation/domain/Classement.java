package fr.gouv.ptce.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks a campaign's rankable files. Ties are broken deterministically, and the rule is shown to
 * the committee: higher score first; on equal scores, the file deposited first; then the smaller
 * file number ("numero", unique per campaign), so that two runs always give the same order.
 */
public final class Classement {

    public static final String REGLE_DEPARTAGE = "Score pondéré décroissant ; à score égal, le dossier déposé "
            + "le plus tôt passe devant ; à dépôt simultané, le numéro de dossier le plus petit.";

    /** A file to rank: its id is opaque to the rule, kept only to give the result back. */
    public record Candidat<T>(T id, String numero, Instant deposeeLe, BigDecimal score) {
        public Candidat {
            Objects.requireNonNull(numero, "numero");
            Objects.requireNonNull(score, "score");
        }
    }

    public record Place<T>(int rang, Candidat<T> candidat) {
    }

    private Classement() {
    }

    public static <T> Comparator<Candidat<T>> ordre() {
        return Comparator.<Candidat<T>, BigDecimal>comparing(Candidat::score, Comparator.reverseOrder())
                .thenComparing(Candidat::deposeeLe, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Candidat::numero);
    }

    public static <T> List<Place<T>> classer(List<Candidat<T>> candidats) {
        List<Candidat<T>> tries = new ArrayList<>(candidats);
        tries.sort(ordre());
        List<Place<T>> places = new ArrayList<>(tries.size());
        for (int i = 0; i < tries.size(); i++) {
            places.add(new Place<>(i + 1, tries.get(i)));
        }
        return places;
    }
}

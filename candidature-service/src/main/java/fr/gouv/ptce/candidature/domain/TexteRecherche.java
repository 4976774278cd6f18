package fr.gouv.ptce.candidature.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Text for the directory's free search: lower case and without accents, so that "pole" finds "Pôle". */
public final class TexteRecherche {

    private TexteRecherche() {
    }

    public static String normaliser(String texte) {
        if (texte == null) {
            return "";
        }
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }

    public static String de(FichePtce f) {
        return Stream.of(f.siret(), f.raisonSociale(), f.commune(), f.codeCommune(), f.departement(), f.region(),
                        String.join(" ", f.secteurs()), f.campagneCode())
                .filter(Objects::nonNull).map(TexteRecherche::normaliser).collect(Collectors.joining(" "));
    }
}

package fr.gouv.ptce.evaluation.campagne;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.evaluation.domain.Critere;
import fr.gouv.ptce.evaluation.domain.Grille;

import java.util.ArrayList;
import java.util.List;

/** Converts a campaign's grid between its stored JSON and the domain's {@link Grille}. */
public final class GrilleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GrilleJson() {
    }

    /** True for a campaign without criteria (stored as {@code []}). */
    public static boolean vide(String json) {
        try {
            JsonNode n = json == null ? null : MAPPER.readTree(json);
            return n == null || n.isNull() || n.isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("grille illisible", e);
        }
    }

    public static Grille lire(String json) {
        try {
            List<Critere> criteres = new ArrayList<>();
            for (JsonNode c : MAPPER.readTree(json)) {
                criteres.add(new Critere(c.path("code").asText(), c.path("libelle").asText(),
                        c.path("poids").decimalValue()));
            }
            return new Grille(criteres);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("grille illisible", e);
        }
    }
}

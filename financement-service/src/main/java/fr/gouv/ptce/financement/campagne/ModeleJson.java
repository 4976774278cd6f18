package fr.gouv.ptce.financement.campagne;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.financement.domain.Declencheur;
import fr.gouv.ptce.financement.domain.ModeleEcheance;
import fr.gouv.ptce.financement.domain.RapportPrevu;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a campaign's schedule template and expected reports, as published in {@code campagne.publiee}. */
public final class ModeleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModeleJson() {
    }

    public static List<ModeleEcheance> echeancier(JsonNode lignes) {
        List<ModeleEcheance> out = new ArrayList<>();
        if (lignes != null && lignes.isArray()) {
            for (JsonNode l : lignes) {
                JsonNode pct = l.get("pourcentage");
                JsonNode fixe = l.get("montantCentimes");
                JsonNode rapport = l.get("rapport");
                out.add(new ModeleEcheance(l.path("ordre").asInt(),
                        pct == null || pct.isNull() ? null : pct.decimalValue(),
                        fixe == null || fixe.isNull() ? null : fixe.asLong(),
                        Declencheur.valueOf(l.path("declencheur").asText()),
                        l.path("mois").asInt(),
                        rapport == null || rapport.isNull() ? null : rapport.asText()));
            }
        }
        return out;
    }

    public static List<RapportPrevu> rapports(JsonNode lignes) {
        List<RapportPrevu> out = new ArrayList<>();
        if (lignes != null && lignes.isArray()) {
            for (JsonNode l : lignes) {
                out.add(new RapportPrevu(l.path("type").asText(), l.path("mois").asInt()));
            }
        }
        return out;
    }

    public static JsonNode lire(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

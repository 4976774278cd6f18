package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the applicant changed on DS between two readings of a dossier, for the instructeur: the paths
 * of our fields whose value differs ({@code projet.titre}, {@code membres[1].nom}…) and the files
 * added, replaced or removed, by type and name. Both readings are the JSON kept in {@code ds_dossier}.
 */
final class ChangementsDossier {

    private ChangementsDossier() {
    }

    static String contenuJson(ObjectMapper mapper, DossierLu lu) {
        return ecrire(mapper, lu.contenu());
    }

    static String fichiersJson(ObjectMapper mapper, DossierLu lu) {
        return ecrire(mapper, lu.fichiers().stream().map(f -> List.of(f.type().name(), String.valueOf(f.nom()),
                String.valueOf(f.checksum()))).toList());
    }

    /** A French sentence; {@code avant*} null when the dossier was imported before these were kept. */
    static String decrire(ObjectMapper mapper, String avantContenu, String avantFichiers, String apresContenu,
                          String apresFichiers) {
        if (avantContenu == null || avantFichiers == null) {
            return "contenu repris de Démarches Simplifiées (version précédente non conservée)";
        }
        List<String> champs = champsModifies(lire(mapper, avantContenu), lire(mapper, apresContenu));
        List<String> pieces = piecesModifiees(lire(mapper, avantFichiers), lire(mapper, apresFichiers));
        if (champs.isEmpty() && pieces.isEmpty()) {
            return "aucun champ ni pièce modifié";
        }
        List<String> parties = new ArrayList<>();
        if (!champs.isEmpty()) {
            parties.add("champs modifiés : " + String.join(", ", champs));
        }
        if (!pieces.isEmpty()) {
            parties.add("pièces modifiées : " + String.join(", ", pieces));
        }
        return String.join(" ; ", parties);
    }

    static List<String> champsModifies(JsonNode avant, JsonNode apres) {
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        aplatir("", avant, a);
        aplatir("", apres, b);
        TreeSet<String> chemins = new TreeSet<>(a.keySet());
        chemins.addAll(b.keySet());
        return chemins.stream().filter(c -> !Objects.equals(a.get(c), b.get(c))).toList();
    }

    /** Files are [type, name, checksum]: a type whose set of files differs is named with its new files. */
    static List<String> piecesModifiees(JsonNode avant, JsonNode apres) {
        Map<String, TreeSet<String>> a = parType(avant);
        Map<String, TreeSet<String>> b = parType(apres);
        TreeSet<String> types = new TreeSet<>(a.keySet());
        types.addAll(b.keySet());
        List<String> r = new ArrayList<>();
        for (String t : types) {
            if (Objects.equals(a.get(t), b.get(t))) {
                continue;
            }
            TreeSet<String> noms = new TreeSet<>();
            for (JsonNode f : apres) {
                if (f.path(0).asText().equals(t)) {
                    noms.add("« " + f.path(1).asText() + " »");
                }
            }
            r.add(t + (noms.isEmpty() ? " (retirée)" : " " + String.join(", ", noms)));
        }
        return r;
    }

    private static Map<String, TreeSet<String>> parType(JsonNode fichiers) {
        Map<String, TreeSet<String>> m = new TreeMap<>();
        for (JsonNode f : fichiers) {
            m.computeIfAbsent(f.path(0).asText(), k -> new TreeSet<>()).add(f.path(1).asText() + "|" + f.path(2).asText());
        }
        return m;
    }

    private static void aplatir(String chemin, JsonNode n, Map<String, String> into) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return;
        }
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> aplatir(chemin.isEmpty() ? e.getKey() : chemin + "." + e.getKey(), e.getValue(), into));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                aplatir(chemin + "[" + i + "]", n.get(i), into);
            }
            if (n.isEmpty()) {
                into.put(chemin, "[]");
            }
        } else {
            into.put(chemin, n.asText());
        }
    }

    private static JsonNode lire(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("lecture précédente du dossier illisible", e);
        }
    }

    private static String ecrire(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

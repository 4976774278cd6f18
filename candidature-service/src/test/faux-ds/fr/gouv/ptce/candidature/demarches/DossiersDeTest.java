package fr.gouv.ptce.candidature.demarches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test dossiers shaped like DS's answers (Maps with "__typename"), and the matching field mapping;
 * shared with the system tests, like {@link FauxDemarchesSimplifiees}.
 */
public final class DossiersDeTest {

    public static final String SIRET = "Q2hhbXAtU0lSRVQ=";
    public static final String TITRE = "Q2hhbXAtVElUUkU=";
    public static final String DESCRIPTION = "Q2hhbXAtREVTQw==";
    public static final String CONTACT = "Q2hhbXAtQ09OVEFDVA==";
    public static final String MEMBRES = "Q2hhbXAtTUVNQlJFUw==";
    public static final String MEMBRE_NOM = "Q2hhbXAtTk9N";
    public static final String MEMBRE_TYPE = "Q2hhbXAtVFlQRQ==";
    public static final String STATUTS = "Q2hhbXAtU1RBVFVUUw==";
    public static final String BUDGET = "Q2hhbXAtQlVER0VU";

    private DossiersDeTest() {
    }

    public static Map<String, Object> correspondance() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("siret", SIRET);
        m.put("projetTitre", TITRE);
        m.put("projetDescription", DESCRIPTION);
        m.put("contactNom", CONTACT);
        m.put("membres", MEMBRES);
        m.put("membreNom", MEMBRE_NOM);
        m.put("membreType", MEMBRE_TYPE);
        m.put("pieces", Map.of("STATUTS", STATUTS, "BUDGET", BUDGET));
        return m;
    }

    /** A complete, eligible dossier "en_construction" whose files the fake server serves. */
    public static Map<String, Object> dossier(FauxDemarchesSimplifiees ds, int numero, String siret, byte[] statuts, byte[] budget) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("__typename", "Dossier");
        d.put("id", "RG9zc2llci0" + numero);
        d.put("number", numero);
        d.put("state", "en_construction");
        String maintenant = Instant.now().toString();
        d.put("dateDepot", maintenant);
        d.put("dateDerniereModification", maintenant);
        d.put("dateDerniereCorrectionEnAttente", null);
        d.put("messages", new ArrayList<>());
        d.put("usager", Map.of("email", "usager" + numero + "@exemple.fr", "id", "VXNhZ2VyLTE="));
        List<Map<String, Object>> champs = new ArrayList<>();
        champs.add(siret(siret));
        champs.add(texte(TITRE, "Titre", "Filière réemploi " + numero));
        champs.add(texte(DESCRIPTION, "Description", "Un pôle qui structure le réemploi sur le territoire."));
        champs.add(texte(CONTACT, "Contact", "Camille Martin"));
        Map<String, Object> membres = champ("RepetitionChamp", MEMBRES, "Membres", null);
        membres.put("rows", List.of(
                ligne(1, "Scop Recyclerie", "Entreprise de l'ESS"),
                ligne(2, "Transports Dupont SAS", "ENTREPRISE_HORS_ESS"),
                ligne(3, "Communauté de communes", "Collectivité territoriale")));
        champs.add(membres);
        champs.add(piece(ds, STATUTS, "Statuts", "statuts-" + numero + ".pdf", statuts));
        champs.add(piece(ds, BUDGET, "Budget", "budget-" + numero + ".pdf", budget));
        d.put("champs", champs);
        return d;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> champ(Map<String, Object> dossier, String id) {
        return ((List<Map<String, Object>>) dossier.get("champs")).stream().filter(c -> c.get("id").equals(id)).findFirst()
                .orElseThrow();
    }

    public static Map<String, Object> siret(String siret) {
        Map<String, Object> c = champ("SiretChamp", SIRET, "SIRET de la structure porteuse", siret);
        if (luhn(siret)) {
            Map<String, Object> etab = new LinkedHashMap<>();
            etab.put("id", "RXRhYi0" + siret);
            etab.put("siret", siret);
            etab.put("entreprise", Map.of("raisonSociale", "PÔLE RÉEMPLOI " + siret.substring(0, 4), "siren", siret.substring(0, 9),
                    "formeJuridiqueCode", "9220"));
            etab.put("address", Map.of("cityCode", "35238", "label", "3 rue de la Gare 35000 Rennes", "postalCode", "35000"));
            c.put("etablissement", etab);
        } else {
            c.put("etablissement", null); // DS finds no établissement for a wrong number
        }
        return c;
    }

    public static Map<String, Object> texte(String id, String libelle, String valeur) {
        Map<String, Object> c = champ("TextChamp", id, libelle, valeur);
        c.put("value", valeur);
        return c;
    }

    private static Map<String, Object> ligne(int i, String nom, String type) {
        Map<String, Object> typeChamp = champ("DropDownListChamp", MEMBRE_TYPE, "Type de membre", type);
        typeChamp.put("id", MEMBRE_TYPE + "|" + i);
        typeChamp.put("value", type);
        Map<String, Object> nomChamp = texte(MEMBRE_NOM, "Nom", nom);
        nomChamp.put("id", MEMBRE_NOM + "|" + i);
        return Map.of("id", "Um93LT" + i, "champs", List.of(nomChamp, typeChamp));
    }

    public static Map<String, Object> piece(FauxDemarchesSimplifiees ds, String id, String libelle, String nom, byte[] contenu) {
        ds.fichiers.put(nom, contenu);
        Map<String, Object> c = champ("PieceJustificativeChamp", id, libelle, nom);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("filename", nom);
        f.put("url", ds.urlFichier(nom));
        f.put("contentType", "application/pdf");
        f.put("byteSizeBigInt", String.valueOf(contenu.length));
        f.put("checksum", Integer.toHexString(java.util.Arrays.hashCode(contenu)));
        f.put("createdAt", Instant.now().toString());
        f.put("virusScanResult", "safe");
        c.put("files", List.of(f));
        return c;
    }

    /** DS finds an établissement only for a well-formed number (14 digits passing the Luhn check). */
    private static boolean luhn(String siret) {
        if (!siret.matches("[0-9]{14}")) {
            return false;
        }
        int somme = 0;
        for (int i = 0; i < 14; i++) {
            int v = (siret.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            somme += v > 9 ? v - 9 : v;
        }
        return somme % 10 == 0;
    }

    private static Map<String, Object> champ(String type, String id, String libelle, String valeur) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("__typename", type);
        c.put("id", id);
        c.put("champDescriptorId", id);
        c.put("label", libelle);
        c.put("stringValue", valeur);
        c.put("prefilled", false);
        c.put("updatedAt", Instant.now().toString());
        c.put("columns", List.of());
        return c;
    }
}

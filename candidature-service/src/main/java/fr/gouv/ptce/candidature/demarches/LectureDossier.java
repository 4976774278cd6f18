package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.candidature.ContenuCandidature;
import fr.gouv.ptce.candidature.domain.EtatDossierDs;
import fr.gouv.ptce.candidature.domain.TypeMembre;
import fr.gouv.ptce.candidature.domain.TypePiece;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A dossier node of the DS answer → {@link DossierLu}, following the campaign's {@link Correspondance}. */
final class LectureDossier {

    private LectureDossier() {
    }

    static DossierLu lire(JsonNode d, Correspondance k, ObjectMapper mapper) {
        int numero = d.path("number").asInt();
        EtatDossierDs etat;
        try {
            etat = EtatDossierDs.depuisDs(d.path("state").asText());
        } catch (IllegalArgumentException e) {
            throw new DossierIllisible(e.getMessage());
        }
        Map<String, JsonNode> champs = index(d.path("champs"));
        JsonNode siretChamp = champs.get(k.siret());
        if (siretChamp == null) {
            throw new DossierIllisible("le champ SIRET " + k.siret() + " est absent du dossier");
        }
        JsonNode etab = siretChamp.path("etablissement");
        String siret = texte(etab.path("siret"));
        if (siret == null) {
            siret = texte(siretChamp.path("stringValue"));
            siret = siret == null ? null : siret.replaceAll("\\s", "");
        }
        if (siret != null && siret.length() > 14) {
            siret = null; // not a SIRET at all: the SIRET_INVALIDE rule names it
        }
        String raisonSociale = valeur(champs, k.raisonSociale());
        if (raisonSociale == null) {
            raisonSociale = texte(etab.path("entreprise").path("raisonSociale"));
        }
        String codeCommune = null;
        if (k.codeCommune() != null && champs.containsKey(k.codeCommune())) {
            JsonNode c = champs.get(k.codeCommune());
            codeCommune = texte(c.path("commune").path("code"));
            codeCommune = codeCommune == null ? texte(c.path("stringValue")) : codeCommune;
        }
        if (codeCommune == null) {
            codeCommune = texte(etab.path("address").path("cityCode"));
        }
        if (codeCommune != null && !codeCommune.matches("[0-9][0-9AB][0-9]{3}")) {
            codeCommune = null; // COMMUNE_INCONNUE names it
        }
        String adresse = valeur(champs, k.adresse());
        if (adresse == null) {
            adresse = texte(etab.path("address").path("label"));
        }
        // The form's own field when it holds a catégorie juridique code, else the one DS read in Sirene.
        String formeJuridique = valeur(champs, k.formeJuridique());
        if (formeJuridique == null || !formeJuridique.strip().matches("[0-9]{4}")) {
            formeJuridique = texte(etab.path("entreprise").path("formeJuridiqueCode"));
        }
        ContenuCandidature.Structure structure = new ContenuCandidature.Structure(siret, borne(raisonSociale, 300),
                borne(formeJuridique == null ? null : formeJuridique.strip(), 4), borne(adresse, 500), codeCommune);
        List<ContenuCandidature.Membre> membres = membres(champs, k);
        ContenuCandidature.Projet projet = new ContenuCandidature.Projet(borne(valeur(champs, k.projetTitre()), 300),
                borne(valeur(champs, k.projetDescription()), 20000), List.of(), null, null);
        String email = valeur(champs, k.contactEmail());
        String emailUsager = texte(d.path("usager").path("email"));
        ContenuCandidature.Contact contact = new ContenuCandidature.Contact(borne(valeur(champs, k.contactNom()), 200),
                borne(email != null ? email : emailUsager, 320), borne(valeur(champs, k.contactTelephone()), 40));
        ContenuCandidature contenu = new ContenuCandidature(structure, borne(valeur(champs, k.territoire()), 300), membres,
                projet, contact);
        List<DossierLu.FichierDs> fichiers = fichiers(champs, k);
        String dateDepot = texte(d.path("dateDepot"));
        Map<String, Object> empreinte = new LinkedHashMap<>();
        empreinte.put("contenu", contenu);
        empreinte.put("fichiers", fichiers.stream().map(f -> List.of(f.type().name(), f.nom(), String.valueOf(f.checksum()),
                f.taille())).toList());
        try {
            return new DossierLu(numero, d.path("id").asText(), etat,
                    dateDepot == null ? null : OffsetDateTime.parse(dateDepot).toInstant(), emailUsager, contenu,
                    fichiers, sha256(mapper.writeValueAsBytes(empreinte)), texte(d.path("dateDerniereCorrectionEnAttente")) != null);
        } catch (Exception e) {
            throw new DossierIllisible("dossier illisible : " + e.getMessage());
        }
    }

    private static List<ContenuCandidature.Membre> membres(Map<String, JsonNode> champs, Correspondance k) {
        List<ContenuCandidature.Membre> membres = new ArrayList<>();
        JsonNode bloc = k.membres() == null ? null : champs.get(k.membres());
        if (bloc == null) {
            return membres;
        }
        int i = 0;
        for (JsonNode ligne : bloc.path("rows")) {
            i++;
            Map<String, JsonNode> c = index(ligne.path("champs"));
            String nom = valeur(c, k.membreNom());
            String siret = valeur(c, k.membreSiret());
            String type = valeur(c, k.membreType());
            if (nom == null && siret == null && type == null) {
                continue;
            }
            TypeMembre t = typeMembre(type);
            if (t == null) {
                throw new DossierIllisible("membre " + i + " : type « " + type + " » inconnu");
            }
            membres.add(new ContenuCandidature.Membre(nom == null ? "(sans nom)" : borne(nom, 300),
                    siret == null ? null : borne(siret.replaceAll("\\s", ""), 14), t));
        }
        return membres;
    }

    /** Our code (ENTREPRISE_ESS…) or a label such as « Entreprise hors ESS », « Collectivité territoriale ». */
    static TypeMembre typeMembre(String texte) {
        if (texte == null) {
            return null;
        }
        String n = Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        for (TypeMembre t : TypeMembre.values()) {
            if (t.name().equals(n)) {
                return t;
            }
        }
        if (n.contains("HORS") && n.contains("ESS")) {
            return TypeMembre.ENTREPRISE_HORS_ESS;
        }
        if (n.contains("ESS")) {
            return TypeMembre.ENTREPRISE_ESS;
        }
        for (String[] m : new String[][]{{"COLLECTIVITE", "COLLECTIVITE"}, {"RECHERCHE", "RECHERCHE"},
                {"ENSEIGNEMENT", "ENSEIGNEMENT_SUPERIEUR"}, {"FORMATION", "FORMATION"}}) {
            if (n.contains(m[0])) {
                return TypeMembre.valueOf(m[1]);
            }
        }
        return null;
    }

    private static List<DossierLu.FichierDs> fichiers(Map<String, JsonNode> champs, Correspondance k) {
        List<DossierLu.FichierDs> fichiers = new ArrayList<>();
        for (Map.Entry<String, String> e : k.piecesOuVide().entrySet()) {
            TypePiece type = TypePiece.valueOf(e.getKey());
            JsonNode champ = champs.get(e.getValue());
            if (champ == null) {
                continue;
            }
            for (JsonNode f : champ.path("files")) {
                fichiers.add(new DossierLu.FichierDs(type, texte(f.path("filename")), texte(f.path("url")),
                        texte(f.path("checksum")), f.path("byteSizeBigInt").asLong(-1)));
            }
        }
        return fichiers;
    }

    /** champDescriptorId (stable across revisions and rows) → champ; the champ's own id as a fallback. */
    private static Map<String, JsonNode> index(JsonNode champs) {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode c : champs) {
            if (c.hasNonNull("id")) {
                m.putIfAbsent(c.path("id").asText(), c);
            }
            if (c.hasNonNull("champDescriptorId")) {
                m.put(c.path("champDescriptorId").asText(), c);
            }
        }
        return m;
    }

    private static String valeur(Map<String, JsonNode> champs, String id) {
        if (id == null) {
            return null;
        }
        JsonNode c = champs.get(id);
        return c == null ? null : texte(c.path("stringValue"));
    }

    private static String texte(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return null;
        }
        String s = n.asText();
        return s.isBlank() ? null : s.strip();
    }

    private static String borne(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(byte[] octets) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
    }
}

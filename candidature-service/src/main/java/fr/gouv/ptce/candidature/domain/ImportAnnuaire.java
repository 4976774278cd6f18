package fr.gouv.ptce.candidature.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the State's list of PTCE (CSV, UTF-8, ';'). Every line is judged on its own: a bad line is
 * reported with its number and the good ones are kept, so that one typo does not block 139 PTCE.
 */
public final class ImportAnnuaire {

    /** The expected header, in this order. */
    public static final List<String> ENTETE = List.of("siret", "raison_sociale", "code_commune", "commune", "secteurs",
            "edition", "campagne", "phase");

    public record Resultat(List<FichePtce> fiches, List<LigneEnErreur> erreurs, int lignesLues) {
    }

    private final ReferentielTerritorial referentiel;

    public ImportAnnuaire(ReferentielTerritorial referentiel) {
        this.referentiel = referentiel;
    }

    /** @throws IllegalArgumentException when the header is not {@link #ENTETE} (nothing can be read then) */
    public Resultat lire(String texte) {
        String contenu = texte.startsWith("\uFEFF") ? texte.substring(1) : texte;
        String[] lignes = contenu.split("\r?\n", -1);
        List<String> entete = lignes.length == 0 ? null : Csv.decouper(lignes[0]);
        if (entete == null || !entete.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList().equals(ENTETE)) {
            throw new IllegalArgumentException("en-tête attendu : " + String.join(";", ENTETE));
        }
        List<FichePtce> fiches = new ArrayList<>();
        List<LigneEnErreur> erreurs = new ArrayList<>();
        Map<String, Integer> vus = new HashMap<>();
        int lues = 0;
        for (int i = 1; i < lignes.length; i++) {
            if (lignes[i].isBlank()) {
                continue;
            }
            lues++;
            int numero = i + 1;
            List<String> champs = Csv.decouper(lignes[i]);
            List<String> problemes = new ArrayList<>();
            FichePtce fiche = champs == null ? null : lireLigne(champs, problemes);
            if (champs == null) {
                problemes.add("guillemet non refermé");
            }
            if (fiche != null && vus.containsKey(fiche.siret())) {
                problemes.add("siret : déjà présent ligne " + vus.get(fiche.siret()));
            }
            if (problemes.isEmpty() && fiche != null) {
                vus.put(fiche.siret(), numero);
                fiches.add(fiche);
            } else {
                erreurs.add(new LigneEnErreur(numero, String.join(" ; ", problemes)));
            }
        }
        return new Resultat(fiches, erreurs, lues);
    }

    private FichePtce lireLigne(List<String> c, List<String> problemes) {
        if (c.size() != ENTETE.size()) {
            problemes.add(ENTETE.size() + " champs attendus, " + c.size() + " trouvés");
            return null;
        }
        String siret = c.get(0).replace(" ", "");
        if (!Siret.estValide(siret)) {
            problemes.add("siret : « " + c.get(0) + " » n'est pas un SIRET valide (14 chiffres, clé de contrôle)");
        }
        String raisonSociale = c.get(1);
        if (raisonSociale.isEmpty() || raisonSociale.length() > 300) {
            problemes.add("raison_sociale : obligatoire, 300 caractères au plus");
        }
        Optional<Territoire> territoire = referentiel.localiser(c.get(2));
        if (territoire.isEmpty()) {
            problemes.add("code_commune : « " + c.get(2) + " » n'est pas un code commune INSEE connu");
        }
        List<String> secteurs = c.get(4).isEmpty() ? List.of() : Arrays.stream(c.get(4).split("\\|"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList();
        Integer annee = null;
        if (!c.get(5).isEmpty()) {
            try {
                annee = Integer.valueOf(c.get(5));
            } catch (NumberFormatException e) {
                annee = -1;
            }
            if (annee < 2000 || annee > 2100) {
                problemes.add("edition : « " + c.get(5) + " » n'est pas une année (2000 à 2100)");
            }
        }
        PhaseAtteinte phase = PhaseAtteinte.EMERGENT;
        if (!c.get(7).isEmpty()) {
            try {
                phase = PhaseAtteinte.valueOf(c.get(7).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problemes.add("phase : « " + c.get(7) + " » inconnue (EMERGENT ou LAUREAT_PHASE_2)");
            }
        }
        if (!problemes.isEmpty()) {
            return null;
        }
        Territoire t = territoire.get();
        return new FichePtce(siret, raisonSociale, t.codeCommune(), c.get(3).isEmpty() ? null : c.get(3), t.departement(),
                t.region(), secteurs, annee, c.get(6).isEmpty() ? null : c.get(6), phase);
    }
}

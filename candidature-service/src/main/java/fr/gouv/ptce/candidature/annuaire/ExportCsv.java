package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.commons.csv.FichierCsv;

import java.util.List;

import static fr.gouv.ptce.commons.csv.FichierCsv.texte;

/** The directory as open-data CSV: documented columns, public fields only, the kit's spreadsheet format (BOM, ';'). */
final class ExportCsv {

    static final String ENTETE = "siret;raison_sociale;commune;code_commune;departement;region;secteurs;edition;campagne;phase";

    private ExportCsv() {
    }

    static String ecrire(List<FicheAnnuaire> fiches) {
        FichierCsv fichier = FichierCsv.pourTableur(ENTETE.split(";"));
        for (FicheAnnuaire f : fiches) {
            fichier.ligne(texte(f.siret()), texte(f.raisonSociale()), texte(f.commune()), texte(f.codeCommune()),
                    texte(f.departement()), texte(f.region()), texte(String.join("|", f.secteurs())),
                    f.edition().annee() == null ? "" : f.edition().annee().toString(), texte(f.edition().campagneCode()),
                    f.phase());
        }
        return fichier.contenu();
    }
}

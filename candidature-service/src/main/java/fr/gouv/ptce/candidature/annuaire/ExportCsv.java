package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.candidature.domain.Csv;

import java.util.List;

/** The directory as open-data CSV: documented columns, public fields only, UTF-8 with a BOM for spreadsheets. */
final class ExportCsv {

    static final String ENTETE = "siret;raison_sociale;commune;code_commune;departement;region;secteurs;edition;campagne;phase";

    private ExportCsv() {
    }

    static String ecrire(List<FicheAnnuaire> fiches) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(ENTETE).append("\r\n");
        for (FicheAnnuaire f : fiches) {
            sb.append(String.join(";", List.of(Csv.champ(f.siret()), Csv.champ(f.raisonSociale()), Csv.champ(f.commune()),
                    Csv.champ(f.codeCommune()), Csv.champ(f.departement()), Csv.champ(f.region()),
                    Csv.champ(String.join("|", f.secteurs())),
                    f.edition().annee() == null ? "" : f.edition().annee().toString(), Csv.champ(f.edition().campagneCode()),
                    f.phase()))).append("\r\n");
        }
        return sb.toString();
    }
}

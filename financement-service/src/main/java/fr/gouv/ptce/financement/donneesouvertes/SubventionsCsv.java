package fr.gouv.ptce.financement.donneesouvertes;

import fr.gouv.ptce.commons.csv.FichierCsv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The SCDL CSV: UTF-8 without BOM, comma-separated, the schema's header; free text made safe by the kit. */
final class SubventionsCsv {

    private SubventionsCsv() {
    }

    static byte[] ecrire(List<SubventionScdl> lignes) {
        FichierCsv csv = FichierCsv.pourDonneesOuvertes(SubventionScdl.COLONNES);
        for (SubventionScdl s : lignes) {
            csv.ligne(FichierCsv.texte(s.nomAttribuant()), s.idAttribuant(), s.dateConvention(),
                    FichierCsv.texte(s.referenceDecision()), FichierCsv.texte(s.nomBeneficiaire()), s.idBeneficiaire(),
                    FichierCsv.texte(s.objet()), decimal(s.montant()), s.nature(), FichierCsv.texte(s.conditionsVersement()),
                    s.datesPeriodeVersement(), FichierCsv.texte(s.idRAE()), s.notificationUE(),
                    decimal(s.pourcentageSubvention()));
        }
        return csv.contenu().getBytes(StandardCharsets.UTF_8);
    }

    private static String decimal(BigDecimal valeur) {
        return valeur == null ? "" : valeur.toPlainString();
    }
}

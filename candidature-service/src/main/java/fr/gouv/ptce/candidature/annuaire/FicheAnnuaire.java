package fr.gouv.ptce.candidature.annuaire;

import java.util.List;

/** A PTCE as shown in the directory and its open data: public fields only. */
public record FicheAnnuaire(String siret, String raisonSociale, String commune, String codeCommune, String departement,
                            String region, List<String> secteurs, Edition edition, String phase) {

    /** The call in which the PTCE was designated (or as recorded by the State's list). */
    public record Edition(Integer annee, String campagneCode) {
    }
}

package fr.gouv.ptce.candidature.domain;

import java.util.List;

/**
 * One PTCE of the directory: only facts about the legal entity, all public (SIRENE data, place,
 * sectors, edition, phase). No person's name, e-mail or phone is ever kept here.
 */
public record FichePtce(String siret, String raisonSociale, String codeCommune, String commune, String departement,
                        String region, List<String> secteurs, Integer annee, String campagneCode, PhaseAtteinte phase) {
}

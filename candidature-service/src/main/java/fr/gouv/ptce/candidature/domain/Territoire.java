package fr.gouv.ptce.candidature.domain;

/**
 * Where a structure sits: its current commune (the code a merged commune now goes by), the
 * commune's official name, its département and région.
 */
public record Territoire(String codeCommune, String nomCommune, String departement, String nomDepartement,
                         String region) {
}

package fr.gouv.ptce.candidature.domain;

/** Where a structure sits, derived from its INSEE commune code. */
public record Territoire(String codeCommune, String departement, String nomDepartement, String region) {
}

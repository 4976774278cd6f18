package fr.gouv.ptce.candidature.domain;

/** One rule a request breaks: its name (stable, for machines), the field at fault, a French sentence. */
public record ViolationRegle(String regle, String champ, String message) {
}

package fr.gouv.ptce.commons.problem;

/** One field at fault in a refused request: {@code champ} is the JSON path the client sent. */
public record Violation(String champ, String message) {
}

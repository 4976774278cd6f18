package fr.gouv.ptce.evaluation.common;

import java.util.List;

/** One page of a list; {@code curseurSuivant} is null on the last page. */
public record Page<T>(List<T> elements, String curseurSuivant) {
}

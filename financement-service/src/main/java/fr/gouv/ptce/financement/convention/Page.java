package fr.gouv.ptce.financement.convention;

import java.util.List;

/** A page of a list; {@code curseurSuivant} is opaque and absent on the last page. */
public record Page<T>(List<T> elements, String curseurSuivant) {
}

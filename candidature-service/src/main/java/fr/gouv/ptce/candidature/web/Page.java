package fr.gouv.ptce.candidature.web;

import java.util.List;

/** One page of a list; {@code curseurSuivant} is opaque, null on the last page. */
public record Page<T>(List<T> elements, String curseurSuivant) {
}

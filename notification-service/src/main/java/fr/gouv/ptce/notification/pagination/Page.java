package fr.gouv.ptce.notification.pagination;

import java.util.List;

/** A page of a list: its elements and the opaque cursor of the next page (null on the last one). */
public record Page<T>(List<T> elements, String curseurSuivant) {
}

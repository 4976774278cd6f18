package fr.gouv.ptce.commons.problem;

import jakarta.ws.rs.core.MultivaluedMap;

import java.util.List;
import java.util.Map;

/**
 * Finds which query parameter JAX-RS failed to convert. The NotFoundException it throws carries the
 * conversion error as its cause but not the parameter's name, so the name is recovered by finding
 * the parameter whose value the error quotes ("For input string: \"abc\"", "No enum constant
 * ….FOO", "Invalid UUID string: x"). Null when the 404 is a real one (no cause, or no match).
 */
final class ParametresIllisibles {

    private ParametresIllisibles() {
    }

    static String fautif(Throwable notFound, MultivaluedMap<String, String> query) {
        if (notFound.getCause() == null || query == null || query.isEmpty()) {
            return null;
        }
        StringBuilder messages = new StringBuilder();
        int depth = 0;
        for (Throwable t = notFound.getCause(); t != null && depth < 10; t = t.getCause(), depth++) {
            if (t.getMessage() != null) {
                messages.append(t.getMessage()).append('\n');
            }
        }
        String texte = messages.toString();
        String vide = null;
        for (Map.Entry<String, List<String>> parametre : query.entrySet()) {
            for (String valeur : parametre.getValue()) {
                if (valeur == null || valeur.isBlank()) {
                    vide = vide == null ? parametre.getKey() : vide;
                } else if (texte.contains(valeur.strip())) {
                    return parametre.getKey();
                }
            }
        }
        // An empty value is quoted as "" or not at all: name it only when nothing else matched.
        return vide != null && (texte.contains("\"\"") || texte.contains("empty")) ? vide : null;
    }
}

package fr.gouv.ptce.commons.concurrence;

import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;

import java.util.List;

/**
 * Optimistic concurrency over HTTP (RFC 9110 §13.1.1): the version of a row is its strong ETag, and
 * a change carrying {@code If-Match} is applied only to the version it was made from. Two agents
 * editing the same draft, or a porteur in two tabs: the second to save gets a 412 and reads again,
 * instead of silently overwriting the first.
 */
public final class Versions {

    public static final String EN_TETE = "If-Match";

    private Versions() {
    }

    /** The ETag of a version: {@code "7"} (quotes included, strong). */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks {@code ifMatch} (the header's value, null when absent) against the row's current
     * version, read under its lock. Absent: accepted unless {@code obligatoire}, then 428. {@code *}
     * or a list holding the current ETag (weak or strong): accepted. Otherwise 412.
     */
    public static void verifier(String ifMatch, long courante, boolean obligatoire) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (obligatoire) {
                throw new ProblemException(Problem.of(428, "precondition-requise", "Précondition requise",
                        "Envoyez l'en-tête If-Match avec l'ETag lu (GET) : sans lui, une modification faite entre-temps "
                                + "par quelqu'un d'autre serait écrasée.")
                        .withViolations(List.of(new Violation(EN_TETE, "obligatoire"))));
            }
            return;
        }
        String attendu = etag(courante);
        for (String etiquette : ifMatch.split(",")) {
            String e = etiquette.strip();
            if (e.equals("*") || e.equals(attendu) || e.equals("W/" + attendu)) {
                return;
            }
        }
        throw new ProblemException(Problem.of(412, "version-perimee", "Précondition non remplie",
                "La ressource a été modifiée depuis votre lecture (version actuelle " + attendu
                        + ") : relisez-la, puis refaites votre modification.")
                .withViolations(List.of(new Violation(EN_TETE, "version actuelle : " + attendu))));
    }
}

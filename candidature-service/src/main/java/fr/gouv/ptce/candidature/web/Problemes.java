package fr.gouv.ptce.candidature.web;

import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;

import java.util.List;

/** Domain refusals → problem details (the rule's name leads each violation message). */
public final class Problemes {

    private Problemes() {
    }

    public static ProblemException regles(String code, String detail, List<ViolationRegle> violations) {
        return ProblemException.unprocessable(code, detail, violations.stream()
                .map(v -> new Violation(v.champ(), v.regle() + " : " + v.message())).toList());
    }

    public static ProblemException badRequest(List<ViolationRegle> violations) {
        return new ProblemException(Problem.of(400, "requete-invalide", "Requête invalide",
                "Un ou plusieurs champs sont invalides.").withViolations(violations.stream()
                .map(v -> new Violation(v.champ(), v.regle() + " : " + v.message())).toList()));
    }

    public static ProblemException tropGros(String detail) {
        return new ProblemException(Problem.of(413, "piece-trop-volumineuse", "Pièce trop volumineuse", detail)
                .withViolations(List.of(new Violation("fichier", detail))));
    }

    public static ProblemException typeRefuse(String detail) {
        return new ProblemException(Problem.of(415, "type-de-fichier-refuse", "Type de fichier refusé", detail)
                .withViolations(List.of(new Violation("fichier", detail))));
    }
}

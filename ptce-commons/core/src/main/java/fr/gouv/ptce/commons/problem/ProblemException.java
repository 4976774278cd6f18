package fr.gouv.ptce.commons.problem;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.List;

/**
 * Thrown by services to refuse a request with a precise, French explanation. The mapper turns it
 * into problem+json; services never build HTTP responses for errors themselves.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "ressource-introuvable", "Ressource introuvable", what));
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Problem.of(409, code, "Conflit avec l'état actuel", detail));
    }

    /** 409 {@code transition-interdite}: what was refused, and the current status as a violation of {@code statut}. */
    public static ProblemException transition(TransitionInterditeException e) {
        return new ProblemException(Problem.of(409, TransitionInterditeException.CODE, "Conflit avec l'état actuel",
                e.getMessage()).withViolations(List.of(new Violation("statut", "statut actuel : " + e.statut()))));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "acces-refuse", "Accès refusé", detail));
    }

    public static ProblemException badRequest(String champ, String message) {
        return new ProblemException(Problem.of(400, "requete-invalide", "Requête invalide",
                "Un ou plusieurs champs sont invalides.").withViolations(List.of(new Violation(champ, message))));
    }

    public static ProblemException unprocessable(String code, String detail, List<Violation> violations) {
        return new ProblemException(Problem.of(422, code, "Demande non recevable", detail).withViolations(violations));
    }
}

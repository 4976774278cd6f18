package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Keycloak's admin API did not answer, or refused the service account: the directory cannot be
 * read, so no evaluator can be listed nor checked. A 503 problem (retry later), never a guess; the
 * cause goes to the log, not to the caller.
 */
final class AnnuaireIndisponible {

    private static final Logger LOG = Logger.getLogger(AnnuaireIndisponible.class);

    private AnnuaireIndisponible() {
    }

    static ProblemException de(Exception cause) {
        LOG.errorf(cause, "Annuaire des évaluateurs (API d'administration de Keycloak) illisible");
        return new ProblemException(Problem.of(503, "annuaire-indisponible", "Service indisponible",
                "L'annuaire des évaluateurs (Keycloak) ne répond pas : réessayez dans un instant."));
    }
}

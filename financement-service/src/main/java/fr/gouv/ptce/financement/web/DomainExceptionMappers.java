package fr.gouv.ptce.financement.web;

import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemResponses;
import fr.gouv.ptce.financement.domain.EnveloppeDepasseeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The domain refuses in plain Java; here its refusals become 409 problem details in French. */
public class DomainExceptionMappers {

    @ServerExceptionMapper
    public Response enveloppe(EnveloppeDepasseeException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(409, "enveloppe-depassee", "Conflit avec l'état actuel", e.getMessage())
                .withInstance(uri.getPath()));
    }
}

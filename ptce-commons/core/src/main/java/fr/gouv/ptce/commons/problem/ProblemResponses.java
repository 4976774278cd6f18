package fr.gouv.ptce.commons.problem;

import jakarta.ws.rs.core.Response;

/** Builds the problem+json response; the single place where a status becomes a body. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"ptce\"");
        }
        return builder.build();
    }
}

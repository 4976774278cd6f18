package fr.gouv.ptce.commons.http;

import fr.gouv.ptce.commons.outbox.TraceContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Continues the caller's W3C trace (or starts one) for the request, so that the events it writes
 * carry it to the other services; and adds the security headers every API answer should have.
 */
public class TraceAndCorrelationFilter {

    /*
     * Not pre-matching on purpose: pre-matching filters run on the event loop, before the switch to
     * the worker thread of a blocking endpoint, so the thread-local trace would never reach the
     * @Transactional service that writes to the outbox.
     */
    @ServerRequestFilter
    public void enter(ContainerRequestContext request) {
        TraceContext.enter(request.getHeaderString("traceparent"));
    }

    @ServerResponseFilter
    public void leave(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        String trace = TraceContext.current();
        if (trace != null) {
            response.getHeaders().putSingle("traceparent", trace);
        }
        TraceContext.clear();
    }
}

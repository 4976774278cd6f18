package fr.gouv.ptce.commons.http;

import fr.gouv.ptce.commons.outbox.TraceContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells the caller the request's span (OpenTelemetry's HTTP server span, which continues the caller's
 * {@code traceparent}), so a front end or a partner can quote it to support; and adds the security
 * headers every API answer should have.
 */
public class TraceAndCorrelationFilter {

    @ServerResponseFilter
    public void leave(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        String trace = TraceContext.current();
        if (trace != null) {
            response.getHeaders().putSingle("traceparent", trace);
        }
    }
}

package fr.gouv.ptce.commons.concurrence;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the {@code ETag} of an editable resource to a successful read (GET) or replacement (PUT) of
 * it: the entity answered is a {@link Versionnee}; a PUT builds it after the change was flushed, so
 * the version is the new one. Other actions (POST) may change the version after their answer is
 * built: their answers carry no ETag, and a client reads again before its next PUT.
 */
public class EnTeteETag {

    @ServerResponseFilter
    public void etag(ContainerRequestContext requete, ContainerResponseContext reponse) {
        String methode = requete.getMethod();
        if (("GET".equals(methode) || "PUT".equals(methode)) && reponse.getStatus() / 100 == 2
                && reponse.getEntity() instanceof Versionnee v
                && !reponse.getHeaders().containsKey(HttpHeaders.ETAG)) {
            reponse.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag(v.version()));
        }
    }
}

package fr.gouv.ptce.commons.idempotence;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.ProblemResponses;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * {@code Idempotency-Key} on every POST of every service (draft-ietf-httpapi-idempotency-key-header):
 * a front end that lost the answer to « sign », « pay », « decide »… sends the same request with the
 * same key again and gets the first answer back ({@code Idempotent-Replayed: true}) instead of a
 * second action. The key is claimed before the resource runs and the answer kept once it succeeded
 * ({@link ClesIdempotence}); an answer that failed (4xx, 5xx) is not kept, so the retry runs afresh,
 * as for {@code depot}. A resource that takes the header itself ({@code @HeaderParam}) claims the key
 * inside its own transaction ({@link Idempotence}) and is left alone here.
 *
 * <p>Only authenticated callers are served: a key is scoped to the token's subject, and a request
 * without a valid token learns nothing but 401.
 */
@ApplicationScoped
public class CleIdempotenceFilter {

    static final String PROPRIETE = "ptce.idempotence.cle";

    @Inject
    CurrentIdentityAssociation identites;

    @Inject
    ClesIdempotence cles;

    @ServerRequestFilter
    public Uni<Response> revendiquer(ContainerRequestContext requete, ResourceInfo ressource) {
        String cle = requete.getHeaderString(Idempotence.EN_TETE);
        if (!"POST".equals(requete.getMethod()) || cle == null || !requete.getUriInfo().getPath().startsWith("/api/")
                || gereeParLaRessource(ressource.getResourceMethod())) {
            return Uni.createFrom().nullItem();
        }
        String operation = "POST " + requete.getUriInfo().getPath();
        return identites.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .onItem().transformToUni(identite -> identite == null || identite.isAnonymous()
                        ? Uni.createFrom().<Response>nullItem()
                        : Uni.createFrom().item(() -> {
                                    String appelant = appelant(identite);
                                    Response deja;
                                    try {
                                        deja = cles.revendiquer(appelant, cle, operation);
                                    } catch (ProblemException refus) {
                                        return ProblemResponses.of(refus.problem());
                                    }
                                    if (deja == null) {
                                        requete.setProperty(PROPRIETE, new ClesIdempotence.Revendication(appelant, cle));
                                    }
                                    return deja;
                                })
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @ServerResponseFilter
    public Uni<Void> conserver(ContainerRequestContext requete, ContainerResponseContext reponse) {
        if (!(requete.getProperty(PROPRIETE) instanceof ClesIdempotence.Revendication revendication)) {
            return Uni.createFrom().voidItem();
        }
        requete.removeProperty(PROPRIETE);
        int statut = reponse.getStatus();
        Object corps = reponse.getEntity();
        String location = reponse.getHeaderString("Location");
        return Uni.createFrom().<Void>item(() -> {
                    cles.terminer(revendication, statut, corps, location);
                    return null;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static boolean gereeParLaRessource(Method methode) {
        if (methode == null) {
            return false;
        }
        for (Annotation[] annotations : methode.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof HeaderParam h && Idempotence.EN_TETE.equalsIgnoreCase(h.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String appelant(SecurityIdentity identite) {
        if (identite.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identite.getPrincipal().getName();
    }
}

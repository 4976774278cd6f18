package fr.gouv.ptce.commons.http;

import fr.gouv.ptce.commons.limites.Debit;
import fr.gouv.ptce.commons.limites.LimiteurDebit;
import fr.gouv.ptce.commons.problem.TropDeRequetes;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;
import java.time.Duration;

/**
 * Limits each client's writes (POST, PUT, PATCH, DELETE under /api): a token bucket keyed by the
 * verified token (azp + sub). A request without a valid token is not counted here: every write
 * operation requires one, so such a caller must learn nothing but 401 (a 429 would tell it the
 * operation exists and how busy it is); flooding by address is the edge's job (the ingress limits
 * per client address). The bucket is the kit's {@link LimiteurDebit}, in PostgreSQL: behind N
 * replicas a client still gets one rate. It is read on a worker thread (JDBC), and when the database
 * cannot answer the write is let through: the service itself then answers 503, which says more.
 */
@ApplicationScoped
public class LimiteEcrituresFilter {

    private static final Logger LOG = Logger.getLogger(LimiteEcrituresFilter.class);
    private static final Set<String> ECRITURES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    LimiteEcrituresSettings settings;

    @Inject
    CurrentIdentityAssociation identites;

    @Inject
    LimiteurDebit limiteur;

    private Debit debit;

    @PostConstruct
    void init() {
        debit = Debit.parMinute(settings.ecrituresParMinute(), settings.rafale());
    }

    @ServerRequestFilter
    public Uni<Response> limiter(ContainerRequestContext requete) {
        if (!settings.enabled() || !ECRITURES.contains(requete.getMethod())
                || !requete.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identites.getDeferredIdentity()
                .onFailure().recoverWithNull() // a bad token is refused (401) further on, uncounted
                .onItem().transformToUni(identite -> identite == null || identite.isAnonymous()
                        ? Uni.createFrom().<Response>nullItem()
                        // only a counted write leaves the event loop for the bucket's JDBC round trip
                        : Uni.createFrom().item(() -> attente(cle(identite)))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                                .map(attente -> attente.isZero() ? null : trop(attente)));
    }

    private Duration attente(String cle) {
        try {
            return limiteur.prendre(cle, debit);
        } catch (RuntimeException e) {
            LOG.debugf("limite d'écriture non comptée (%s)", e.getMessage());
            return Duration.ZERO;
        }
    }

    private static String cle(SecurityIdentity identite) {
        if (identite.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return "ecritures:" + (azp == null ? "" : azp) + ":" + jwt.getSubject();
        }
        return "ecritures::" + identite.getPrincipal().getName();
    }

    private Response trop(Duration attente) {
        return TropDeRequetes.reponse(attente, "ecritures", settings.ecrituresParMinute(),
                "écritures par minute atteinte pour ce client");
    }
}

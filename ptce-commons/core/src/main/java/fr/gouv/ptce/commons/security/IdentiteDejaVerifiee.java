package fr.gouv.ptce.commons.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import fr.gouv.ptce.commons.time.TransportClock;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Serves a bearer token that was verified a moment ago from {@link JetonsVerifies}, instead of
 * checking its signature and claims again: the profile of a read showed the token check as a quarter
 * of the service's CPU. Two roles, one class because they share the cache:
 * <ul>
 *   <li>an identity provider placed before quarkus-oidc's: on a hit it answers with the identity
 *   that quarkus-oidc built for the same token; on a miss it answers nothing and quarkus-oidc
 *   verifies the token as before;</li>
 *   <li>an augmentor, which sees every identity quarkus-oidc accepted and keeps it until the token's
 *   {@code exp} (never longer than {@code ptce.security.jetons-verifies.duree-max}).</li>
 * </ul>
 * What it cannot break: a token is only served from here if the same bytes passed quarkus-oidc's
 * every check less than {@code duree-max} ago and it has not expired since; an expired, tampered,
 * re-signed or foreign token is a miss and goes to quarkus-oidc, which refuses it (401). Roles,
 * ownership and territory are read from the same claims as before. What stays per request is never
 * cached: the kept copy has its routing-context attributes emptied, and a hit fills them with the
 * current request's. The services use one
 * OIDC tenant, so the token alone decides the verification's result.
 */
@ApplicationScoped
public class IdentiteDejaVerifiee implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    /** Marks an identity served from the cache, so the augmentor does not keep it a second time. */
    static final String DEJA_VERIFIEE = "ptce.jeton-deja-verifie";

    /**
     * An accepted identity without anything of the request it was verified in: {@code attributsRequete}
     * name the attributes that held that request's routing context (emptied here, so that the cache
     * never keeps a request, its headers or its body alive), to be filled with the next request's.
     */
    record Verifiee(SecurityIdentity identite, Set<String> attributsRequete) {
    }

    private final CacheJetonsSettings settings;
    private final JetonsVerifies<Verifiee> jetons;

    @Inject
    public IdentiteDejaVerifiee(CacheJetonsSettings settings, @TransportClock Clock horloge) {
        this.settings = settings;
        this.jetons = new JetonsVerifies<>(horloge, settings.dureeMax(), settings.tailleMax());
    }

    /** Before quarkus-oidc's provider (default priority {@value IdentityProvider#SYSTEM_FIRST} + 1). */
    @Override
    public int priority() {
        return IdentityProvider.SYSTEM_FIRST + 100;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!settings.enabled() || !(request.getToken() instanceof AccessTokenCredential jeton)) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext courant = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (courant == null) { // not an HTTP request: nothing to re-attach, let quarkus-oidc decide
            return Uni.createFrom().nullItem();
        }
        return jetons.lire(jeton.getToken())
                .map(deja -> Uni.createFrom().item(pourCetteRequete(deja, courant)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (settings.enabled() && identity.getAttribute(DEJA_VERIFIEE) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            AccessTokenCredential jeton = identity.getCredential(AccessTokenCredential.class);
            if (jeton != null && jeton.getToken() != null) {
                jetons.retenir(jeton.getToken(), sansRequete(identity), Instant.ofEpochSecond(jwt.getExpirationTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** The identity to keep: the same, with its routing-context attributes emptied. */
    static Verifiee sansRequete(SecurityIdentity identite) {
        Set<String> noms = new HashSet<>();
        identite.getAttributes().forEach((nom, valeur) -> {
            if (valeur instanceof RoutingContext) {
                noms.add(nom);
            }
        });
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identite);
        noms.forEach(nom -> b.addAttribute(nom, null));
        return new Verifiee(b.build(), Set.copyOf(noms));
    }

    /** The kept identity for this request: marked as served from here, with this request's routing context. */
    static SecurityIdentity pourCetteRequete(Verifiee deja, RoutingContext courant) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(deja.identite()).addAttribute(DEJA_VERIFIEE, Boolean.TRUE);
        deja.attributsRequete().forEach(nom -> b.addAttribute(nom, courant));
        return b.build();
    }

    /** How many tokens are kept (tests). */
    public int taille() {
        return jetons.taille();
    }
}

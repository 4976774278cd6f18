package fr.gouv.ptce.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cache keeps of an accepted identity, and what a later request gets back from it. */
class IdentiteDejaVerifieeTest {

    private static RoutingContext requete() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return method.getName().equals("hashCode") ? System.identityHashCode(proxy) : null;
                });
    }

    @Test
    void leCacheNeGardeRienDeLaRequeteEtLaRequeteSuivanteRetrouveLaSienne() {
        RoutingContext premiere = requete();
        Principal porteur = () -> "porteur-1";
        SecurityIdentity acceptee = QuarkusSecurityIdentity.builder().setPrincipal(porteur).addRole("porteur")
                .addAttribute(RoutingContext.class.getName(), premiere).addAttribute("tenant-id", "Default").build();

        IdentiteDejaVerifiee.Verifiee gardee = IdentiteDejaVerifiee.sansRequete(acceptee);
        assertEquals(Set.of(RoutingContext.class.getName()), gardee.attributsRequete());
        assertTrue(gardee.identite().getAttributes().values().stream().noneMatch(v -> v instanceof RoutingContext),
                "the first request must not be kept alive by the cache");
        assertEquals("Default", gardee.identite().getAttribute("tenant-id"));

        RoutingContext seconde = requete();
        SecurityIdentity servie = IdentiteDejaVerifiee.pourCetteRequete(gardee, seconde);
        assertSame(seconde, servie.getAttribute(RoutingContext.class.getName()));
        assertSame(porteur, servie.getPrincipal());
        assertEquals(Set.of("porteur"), servie.getRoles());
        assertEquals(Boolean.TRUE, servie.getAttribute(IdentiteDejaVerifiee.DEJA_VERIFIEE));
        assertNull(acceptee.getAttribute(IdentiteDejaVerifiee.DEJA_VERIFIEE), "the request's own identity is unchanged");
        assertSame(premiere, acceptee.getAttribute(RoutingContext.class.getName()));
    }
}

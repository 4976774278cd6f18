package fr.gouv.ptce.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Set;

/**
 * Who is calling, from the verified bearer token: {@code sub} identifies a porteur for ownership
 * checks (never the e-mail, which the user can change in Keycloak).
 */
@RequestScoped
public class CurrentUser {

    public static final Set<String> STAFF = Set.of(Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE,
            Roles.GESTIONNAIRE, Roles.ADMIN);

    @Inject
    SecurityIdentity identity;

    public String sub() {
        JsonWebToken jwt = jwt();
        if (jwt != null && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public String email() {
        JsonWebToken jwt = jwt();
        return jwt == null ? null : jwt.getClaim("email");
    }

    /** A readable name for audit trails: preferred_username, else sub. */
    public String displayName() {
        JsonWebToken jwt = jwt();
        if (jwt != null) {
            String name = jwt.getClaim("preferred_username");
            if (name != null) {
                return name;
            }
        }
        return sub();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isStaff() {
        return identity.getRoles().stream().anyMatch(STAFF::contains);
    }

    /** A caller who is only a porteur: sees its own resources, and 404 for anyone else's. */
    public boolean isPorteurOnly() {
        return hasRole(Roles.PORTEUR) && !isStaff();
    }

    private JsonWebToken jwt() {
        Principal p = identity.getPrincipal();
        return p instanceof JsonWebToken token ? token : null;
    }
}

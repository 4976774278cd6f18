package fr.gouv.ptce.commons.security;

import fr.gouv.ptce.commons.portee.Portee;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, from the verified bearer token: {@code sub} identifies a porteur for ownership
 * checks (never the e-mail, which the user can change in Keycloak).
 */
@RequestScoped
public class CurrentUser {

    public static final Set<String> STAFF = Set.of(Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE,
            Roles.GESTIONNAIRE, Roles.ADMIN);

    /** The staff roles whose reach is limited to a territory ({@link Portee}); admin is always national. */
    public static final Set<String> STAFF_TERRITORIAL = Set.of(Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE,
            Roles.GESTIONNAIRE);

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

    /**
     * The caller's territory. An admin is national; a user of a territorial staff role
     * ({@link #STAFF_TERRITORIAL}) has the scope of its token's claim {@value Portee#CLAIM}, none at
     * all when the claim is missing (it sees no file); anyone else (porteur, partner) is not limited
     * by territory (ownership limits it) and gets a national scope.
     */
    public Portee portee() {
        if (hasRole(Roles.ADMIN)) {
            return Portee.nationale();
        }
        if (identity.getRoles().stream().noneMatch(STAFF_TERRITORIAL::contains)) {
            return Portee.nationale();
        }
        JsonWebToken jwt = jwt();
        return Portee.depuis(jwt == null ? null : valeurs(jwt.getClaim(Portee.CLAIM)));
    }

    // Keycloak's multivalued attribute mapper writes a JSON array; a single-valued one, a string.
    private static List<String> valeurs(Object claim) {
        List<String> valeurs = new ArrayList<>();
        if (claim instanceof JsonArray tableau) {
            tableau.forEach(v -> valeurs.add(texte(v)));
        } else if (claim instanceof Collection<?> liste) {
            liste.forEach(v -> valeurs.add(v instanceof JsonValue j ? texte(j) : String.valueOf(v)));
        } else if (claim instanceof JsonValue j) {
            valeurs.add(texte(j));
        } else if (claim != null) {
            valeurs.add(claim.toString());
        }
        return valeurs;
    }

    private static String texte(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : null;
    }

    private JsonWebToken jwt() {
        Principal p = identity.getPrincipal();
        return p instanceof JsonWebToken token ? token : null;
    }
}

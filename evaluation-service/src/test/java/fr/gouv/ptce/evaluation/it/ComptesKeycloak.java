package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.testing.TestKeycloak;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts of the tests' real Keycloak (ptce-commons' {@link TestKeycloak}, realm ptce imported from
 * deploy/keycloak/realm-ptce.json), written through its admin REST API as the master realm's administrator,
 * as an administrator does in the console: a user with its names, e-mail, scope attribute
 * ({@code ptce_regions}) and realm roles. The service reads them back as its own service account
 * (evaluation-annuaire, view-users + view-realm): what a test assigns is what Keycloak gives, ids included.
 * An id returned here is the {@code sub} of the user's tokens (the tests sign those with TestTokens).
 */
final class ComptesKeycloak {

    /** Evaluators created by name, once per JVM: the name is its username, the value its Keycloak id. */
    private static final Map<String, String> EVALUATEURS = new ConcurrentHashMap<>();

    private static Keycloak admin;

    private ComptesKeycloak() {
    }

    /** A national evaluator of this username ("Éval" + username, username@evaluateurs.test), created once. */
    static String evaluateur(String username) {
        return EVALUATEURS.computeIfAbsent(username, u -> creer(u, "Éval", u, u + "@evaluateurs.test",
                List.of("national"), "evaluateur"));
    }

    /** An evaluator of these régions (national without any). */
    static String evaluateurEn(String username, String... regions) {
        return creer(username, "Éval", username, username + "@evaluateurs.test",
                regions.length == 0 ? List.of("national") : Arrays.asList(regions), "evaluateur");
    }

    /**
     * A new enabled user of the realm ptce with these realm roles; {@code email} may be null, {@code regions}
     * empty (no scope). Its Keycloak id.
     */
    static String creer(String username, String prenom, String nom, String email, List<String> regions, String... roles) {
        return creer(username, prenom, nom, email, regions, true, roles);
    }

    static String creer(String username, String prenom, String nom, String email, List<String> regions,
                        boolean actif, String... roles) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(username);
        u.setEnabled(actif);
        u.setFirstName(prenom);
        u.setLastName(nom);
        u.setEmail(email);
        u.setEmailVerified(email != null);
        if (!regions.isEmpty()) {
            u.setAttributes(Map.of("ptce_regions", List.copyOf(regions)));
        }
        RealmResource realm = realm();
        String id;
        try (Response r = realm.users().create(u)) {
            if (r.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refuse l'utilisateur " + username + " : " + r.getStatus()
                        + " " + r.readEntity(String.class));
            }
            id = CreatedResponseUtil.getCreatedId(r);
        }
        List<RoleRepresentation> aDonner = Arrays.stream(roles).map(role -> realm.roles().get(role).toRepresentation()).toList();
        realm.users().get(id).roles().realmLevel().add(aDonner);
        return id;
    }

    /** The Keycloak id of a user of the realm file (instructeur1, evaluateur-bretagne…). */
    static String idDe(String username) {
        return realm().users().searchByUsername(username, true).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(username + " absent du royaume ptce")).getId();
    }

    private static synchronized RealmResource realm() {
        if (admin == null) {
            admin = KeycloakBuilder.builder().serverUrl(TestKeycloak.url()).realm("master").clientId("admin-cli")
                    .username(TestKeycloak.ADMIN).password(TestKeycloak.ADMIN_PASSWORD).build();
        }
        return admin.realm(TestKeycloak.REALM);
    }
}

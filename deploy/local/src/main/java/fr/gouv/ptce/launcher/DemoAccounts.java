package fr.gouv.ptce.launcher;

import java.util.List;

/**
 * The accounts of deploy/keycloak/realm-ptce.json, for the summary printed by {@code ./ptce up} and
 * for the system tests. Local demo only: every password is the user name.
 */
public final class DemoAccounts {

    public record User(String username, String role, String email) {
        public String password() {
            return username;
        }
    }

    public static final List<User> USERS = List.of(
            new User("porteur1", "porteur", "porteur1@demo.ptce.fr"),
            new User("porteur2", "porteur", "porteur2@demo.ptce.fr"),
            new User("instructeur1", "instructeur", "instructeur1@demo.ptce.fr"),
            new User("evaluateur1", "evaluateur", "evaluateur1@demo.ptce.fr"),
            new User("evaluateur2", "evaluateur", "evaluateur2@demo.ptce.fr"),
            new User("comite1", "comite", "comite1@demo.ptce.fr"),
            new User("gestionnaire1", "gestionnaire", "gestionnaire1@demo.ptce.fr"),
            new User("admin1", "admin", "admin1@demo.ptce.fr"));

    /** Public client of the front end (PKCE; password grant allowed in this local realm only). */
    public static final String FRONT_CLIENT = "ptce-front";

    /** Confidential client standing for a partner ministry; its service account has role partenaire. */
    public static final String PARTNER_CLIENT = "ministere-partenaire";
    public static final String PARTNER_SECRET = "ministere-partenaire-secret-demo";

    private DemoAccounts() {
    }
}

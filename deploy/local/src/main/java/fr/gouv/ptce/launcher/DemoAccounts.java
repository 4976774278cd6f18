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

    /**
     * Several accounts per role so that {@code ./ptce demo} spreads its writes: the services limit
     * each account to 300 writes per minute (bursts of 100), as in production.
     */
    public static final List<User> USERS = java.util.stream.Stream.of(
                    numbered("porteur", 10), numbered("instructeur", 4), numbered("evaluateur", 8),
                    numbered("comite", 2), numbered("gestionnaire", 1), numbered("admin", 1))
            .flatMap(List::stream).toList();

    /** role1 … roleN, each with the role of its name and the address role&lt;n&gt;@demo.ptce.fr. */
    private static List<User> numbered(String role, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new User(role + i, role, role + i + "@demo.ptce.fr")).toList();
    }

    /** Public client of the front end (PKCE; password grant allowed in this local realm only). */
    public static final String FRONT_CLIENT = "ptce-front";

    /** Confidential client standing for a partner ministry; its service account has role partenaire. */
    public static final String PARTNER_CLIENT = "ministere-partenaire";
    public static final String PARTNER_SECRET = "ministere-partenaire-secret-demo";

    private DemoAccounts() {
    }
}

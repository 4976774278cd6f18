package fr.gouv.ptce.launcher;

import java.util.List;

/**
 * The accounts of deploy/keycloak/realm-ptce.json, for the summary printed by {@code ./ptce up} and
 * for the system tests. Local demo only: every password is the user name.
 */
public final class DemoAccounts {

    /**
     * @param regions the territorial scope of a staff account (user attribute and token claim
     *                {@code ptce_regions}): {@code national}, or régions by name; empty for the roles
     *                that carry none (porteur, admin)
     */
    public record User(String username, String role, String email, List<String> regions) {
        public String password() {
            return username;
        }
    }

    // declared before USERS, which reads them while the class initialises
    /** The staff roles whose accounts carry a territorial scope (admin is national by role). */
    public static final java.util.Set<String> TERRITORIAL = java.util.Set.of("instructeur", "evaluateur", "comite",
            "gestionnaire");

    /** The value of the scope that sees every région: the national cell. */
    public static final String NATIONAL = "national";

    /**
     * Several accounts per role so that {@code ./ptce demo} spreads its writes: the services limit
     * each account to 300 writes per minute (bursts of 100), as in production.
     */
    public static final List<User> USERS = java.util.stream.Stream.of(
                    numbered("porteur", 10), numbered("instructeur", 4), numbered("evaluateur", 8),
                    numbered("comite", 2), numbered("gestionnaire", 1), numbered("admin", 1),
                    List.of(regional("instructeur-bretagne", "instructeur", "Bretagne"),
                            regional("evaluateur-bretagne", "evaluateur", "Bretagne"),
                            regional("evaluateur-occitanie", "evaluateur", "Occitanie")))
            .flatMap(List::stream).toList();

    /**
     * role1 … roleN, each with the role of its name and the address role&lt;n&gt;@demo.ptce.fr; the
     * numbered staff accounts are the national cell, so that every journey sees every file.
     */
    private static List<User> numbered(String role, int count) {
        List<String> regions = TERRITORIAL.contains(role) ? List.of(NATIONAL) : List.of();
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new User(role + i, role, role + i + "@demo.ptce.fr", regions)).toList();
    }

    /** A staff account of one région (a DREETS, a regional animation cell). */
    private static User regional(String username, String role, String region) {
        return new User(username, role, username + "@demo.ptce.fr", List.of(region));
    }

    /** Public client of the front end (PKCE; password grant allowed in this local realm only). */
    public static final String FRONT_CLIENT = "ptce-front";

    /** Confidential client standing for a partner ministry; its service account has role partenaire. */
    public static final String PARTNER_CLIENT = "ministere-partenaire";
    public static final String PARTNER_SECRET = "ministere-partenaire-secret-demo";

    private DemoAccounts() {
    }
}

package fr.gouv.ptce.commons.security;

/** The realm roles of Keycloak realm {@code ptce} (PRODUCT.md, "Who uses it"). */
public final class Roles {
    public static final String PORTEUR = "porteur";
    public static final String INSTRUCTEUR = "instructeur";
    public static final String EVALUATEUR = "evaluateur";
    public static final String COMITE = "comite";
    public static final String GESTIONNAIRE = "gestionnaire";
    public static final String ADMIN = "admin";
    public static final String PARTENAIRE = "partenaire";

    private Roles() {
    }
}

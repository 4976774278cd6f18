package fr.gouv.ptce.financement.web;

/** Descriptions shared by the OpenAPI error responses of this service. */
public final class Reponses {
    public static final String R400 = "Requête invalide : problem+json dont violations[] nomme chaque champ fautif";
    public static final String R401 = "Jeton absent, expiré ou invalide";
    public static final String R403 = "Rôle insuffisant";
    public static final String R404 = "Introuvable, ou appartenant à un autre porteur";
    public static final String R409 = "Incompatible avec l'état actuel (statut, déjà fait, enveloppe)";
    public static final String R412 = "If-Match périmé : la convention a changé depuis la lecture (relire, puis refaire)";
    public static final String IF_MATCH = "L'ETag de la convention lue (GET), facultatif : l'action n'est faite que sur cette version";

    private Reponses() {
    }
}

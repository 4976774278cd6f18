package fr.gouv.ptce.financement.web;

/** Descriptions shared by the OpenAPI error responses of this service. */
public final class Reponses {
    public static final String R400 = "Requête invalide : problem+json dont violations[] nomme chaque champ fautif";
    public static final String R401 = "Jeton absent, expiré ou invalide";
    public static final String R403 = "Rôle insuffisant";
    public static final String R404 = "Introuvable, ou appartenant à un autre porteur";
    public static final String R409 = "Incompatible avec l'état actuel (statut, déjà fait, enveloppe)";

    private Reponses() {
    }
}

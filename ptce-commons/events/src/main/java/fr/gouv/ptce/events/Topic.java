package fr.gouv.ptce.events;

/** The five Kafka topics of the platform and the service that alone publishes on each. */
public enum Topic {
    CAMPAGNES("ptce.campagnes", "candidature-service"),
    CANDIDATURES("ptce.candidatures", "candidature-service"),
    INSTRUCTIONS("ptce.instructions", "evaluation-service"),
    DECISIONS("ptce.decisions", "evaluation-service"),
    FINANCEMENTS("ptce.financements", "financement-service");

    private final String nom;
    private final String producteur;

    Topic(String nom, String producteur) {
        this.nom = nom;
        this.producteur = producteur;
    }

    /** The topic's name on the broker, e.g. {@code ptce.candidatures}. */
    public String nom() {
        return nom;
    }

    public String producteur() {
        return producteur;
    }

    /** The facts published on this topic, in catalogue order. */
    public java.util.List<Fait> faits() {
        return java.util.Arrays.stream(Fait.values()).filter(f -> f.topique() == this).toList();
    }
}

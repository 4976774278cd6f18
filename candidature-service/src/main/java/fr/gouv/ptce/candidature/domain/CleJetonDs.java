package fr.gouv.ptce.candidature.domain;

import java.util.Optional;

/**
 * Which text keys the encryption of the Démarches Simplifiées API tokens at rest (PTCE_DS_TOKEN_KEY).
 * Outside development and tests a missing or short key stops the service: falling back to the
 * development key, which is in this public repository, would protect the tokens with nothing.
 */
public final class CleJetonDs {

    /** 32 characters: 256 bits of an ASCII key, what AES-256 asks for (the key is hashed to 32 bytes anyway). */
    public static final int LONGUEUR_MIN = 32;

    static final String CLE_DE_DEVELOPPEMENT = "ptce-cle-de-developpement-a-remplacer";

    private static final String COMMENT_LA_FOURNIR = "Générez-la une fois (par exemple openssl rand -base64 48) et "
            + "fournissez-la dans la variable d'environnement PTCE_DS_TOKEN_KEY (Kubernetes : Secret ptce-ds-token-key, "
            + "clé cle ; lanceur local : fournie automatiquement). Gardez la même ensuite : une autre clé rend "
            + "illisibles les jetons déjà enregistrés.";

    /** The text to derive the key from, and the warning to log when it is only good enough for development. */
    public record Choix(String texte, Optional<String> avertissement) {
    }

    private CleJetonDs() {
    }

    /**
     * @param configuree             PTCE_DS_TOKEN_KEY, null or blank when absent
     * @param developpementAutorise  true in %dev and %test only (ptce.candidature.demarches.cle-developpement-autorisee)
     * @throws IllegalStateException when the key is absent or too short and development keys are not allowed;
     *                               the message never contains the key
     */
    public static Choix choisir(String configuree, boolean developpementAutorise) {
        if (configuree == null || configuree.isBlank()) {
            if (!developpementAutorise) {
                throw new IllegalStateException("PTCE_DS_TOKEN_KEY absente : cette clé chiffre les jetons de l'API "
                        + "Démarches Simplifiées et doit compter au moins " + LONGUEUR_MIN + " caractères. " + COMMENT_LA_FOURNIR);
            }
            return new Choix(CLE_DE_DEVELOPPEMENT, Optional.of("PTCE_DS_TOKEN_KEY absent : les jetons Démarches "
                    + "Simplifiées sont chiffrés avec une clé de développement"));
        }
        int longueur = configuree.codePointCount(0, configuree.length());
        if (longueur < LONGUEUR_MIN) {
            String trop = "PTCE_DS_TOKEN_KEY trop courte (" + longueur + " caractères, au moins " + LONGUEUR_MIN + " attendus)";
            if (!developpementAutorise) {
                throw new IllegalStateException(trop + " : cette clé chiffre les jetons de l'API Démarches Simplifiées. "
                        + COMMENT_LA_FOURNIR);
            }
            // Kept as given rather than replaced: tokens already stored with it stay readable.
            return new Choix(configuree, Optional.of(trop + " : acceptée en développement et en test seulement"));
        }
        return new Choix(configuree, Optional.empty());
    }
}

package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.ChiffrementSecret;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Base64;
import java.util.Map;

/**
 * Encrypts and decrypts the webhooks' signing secrets with the key of the configuration
 * ({@code ptce.notification.webhooks.chiffrement}; a Kubernetes Secret in production). A missing
 * or malformed key stops the service at startup rather than at the first delivery.
 */
@ApplicationScoped
public class CoffreSecrets {

    @Inject
    NotificationSettings settings;

    private ChiffrementSecret chiffrement;

    @PostConstruct
    void init() {
        NotificationSettings.Webhooks.Chiffrement c = settings.webhooks().chiffrement();
        byte[] cle;
        try {
            cle = Base64.getDecoder().decode(c.cle().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ptce.notification.webhooks.chiffrement.cle n'est pas du base64", e);
        }
        chiffrement = new ChiffrementSecret(c.cleId(), Map.of(c.cleId(), cle));
    }

    public String chiffrer(String secret) {
        return chiffrement.chiffrer(secret);
    }

    public String dechiffrer(String stocke) {
        return chiffrement.dechiffrer(stocke);
    }
}

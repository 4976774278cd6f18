package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.AdresseWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;

/**
 * Applies the SSRF rule with the real DNS: at registration, and again before each delivery, since
 * a name can be pointed at an internal address after it was accepted.
 */
@ApplicationScoped
public class ControleAdresses {

    @Inject
    NotificationSettings settings;

    public URI verifier(String url) {
        return AdresseWebhook.verifier(url, settings.webhooks().autoriserLocal(),
                hote -> Arrays.asList(InetAddress.getAllByName(hote)));
    }
}

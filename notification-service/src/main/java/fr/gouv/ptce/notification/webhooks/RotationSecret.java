package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.time.TransportClock;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.SignatureWebhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Replaces an endpoint's signing secret without a gap: the new one is shown once, and the previous
 * one keeps signing beside it for {@code chevauchement-rotation}, so the partner can deploy the new
 * secret while deliveries still verify with the old. A second rotation during the overlap drops
 * the oldest secret (two valid secrets at most).
 */
@ApplicationScoped
@Transactional
public class RotationSecret {

    private static final SecureRandom ALEAS = new SecureRandom();

    @Inject
    WebhookService webhooks;

    @Inject
    CoffreSecrets coffre;

    @Inject
    NotificationSettings settings;

    /** The partner swaps secrets on its own clock: the overlap is real time, whatever the business clock says. */
    @Inject
    @TransportClock
    Clock clock;

    public WebhookVues.WebhookVue tourner(UUID id) {
        Webhook w = webhooks.visible(id);
        // Locked and read again: a concurrent rotation or delivery outcome is not overwritten.
        Webhook.getEntityManager().refresh(w, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        String actuel = w.secretChiffre != null ? w.secretChiffre : coffre.chiffrer(w.secretClair);
        String nouveau = SignatureWebhook.nouveauSecret(ALEAS);
        w.secretPrecedentChiffre = actuel;
        // PostgreSQL keeps microseconds: the instant answered now is the one listed later.
        w.secretPrecedentExpireLe = clock.instant().plus(settings.webhooks().chevauchementRotation())
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        w.secretChiffre = coffre.chiffrer(nouveau);
        w.secretClair = null;
        return WebhookVues.WebhookVue.de(w, nouveau);
    }
}

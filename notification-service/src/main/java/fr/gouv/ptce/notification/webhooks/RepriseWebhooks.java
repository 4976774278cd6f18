package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.notification.domain.StatutEnvoi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * What a partner (or an admin) does once its receiver works again: re-enable an endpoint the
 * deliverer disabled, and send one delivery again with a fresh retry schedule. Both answer 404 for
 * another partner's endpoint or delivery, like every webhook operation.
 */
@ApplicationScoped
@Transactional
public class RepriseWebhooks {

    @Inject
    WebhookService webhooks;

    @Inject
    Clock clock;

    @Inject
    Event<LivreurWebhooks.LivraisonsEnFile> reveil;

    /** Enabled again, failure count cleared; idempotent. The deliveries closed meanwhile stay closed (replay them one by one). */
    public WebhookVues.WebhookVue reactiver(UUID id) {
        Webhook w = webhooks.visible(id);
        // Locked and read again: a concurrent rotation or delivery outcome is not overwritten.
        Webhook.getEntityManager().refresh(w, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!w.actif) {
            w.actif = true;
            w.desactiveLe = null;
            w.echecsConsecutifs = 0;
        }
        return WebhookVues.WebhookVue.de(w, null);
    }

    /**
     * Queues the delivery again now, with its attempts and schedule reset; the deliverer is woken
     * after commit. 409 while the endpoint is disabled, or once the body was purged (retention).
     */
    public WebhookVues.LivraisonVue rejouer(UUID id, UUID livraisonId) {
        Webhook w = webhooks.visible(id);
        Livraison l = Livraison.findById(livraisonId, LockModeType.PESSIMISTIC_WRITE);
        if (l == null || !l.webhookId.equals(w.id)) {
            throw ProblemException.notFound("Aucune livraison " + livraisonId + " pour le webhook " + id + ".");
        }
        if (!w.actif) {
            throw ProblemException.conflict("webhook-desactive", "Le point de terminaison " + id
                    + " est désactivé : réactivez-le d'abord (POST /api/v1/webhooks/" + id + "/reactivation).");
        }
        if (l.corps == null || l.corps.isEmpty()) {
            throw ProblemException.conflict("livraison-purgee", "Le contenu de la livraison " + livraisonId
                    + " a été effacé au terme de sa durée de conservation : elle ne peut plus être rejouée.");
        }
        l.statut = StatutEnvoi.EN_ATTENTE;
        l.tentatives = 0;
        l.prochaineTentative = clock.instant();
        l.cycleDebuteLe = null;
        l.livreeLe = null;
        reveil.fire(new LivreurWebhooks.LivraisonsEnFile());
        return WebhookVues.LivraisonVue.de(l);
    }
}

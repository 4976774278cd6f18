package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.reveil.Reveil;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the webhook deliverer as soon as a transaction that queued deliveries has committed,
 * instead of waiting for the next tick of its timer; on its own thread, so a slow receiver never
 * holds back the e-mails.
 */
@ApplicationScoped
public class ReveilLivraisons {

    @Inject
    LivreurWebhooks livreur;

    private Reveil reveil;

    @PostConstruct
    void init() {
        reveil = new Reveil("ptce-reveil-webhooks", livreur::livrerEnAttente);
    }

    void livraisonsEnFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) LivreurWebhooks.LivraisonsEnFile e) {
        reveil.reveiller();
    }

    void arret(@Observes ShutdownEvent e) {
        reveil.arreter();
    }
}

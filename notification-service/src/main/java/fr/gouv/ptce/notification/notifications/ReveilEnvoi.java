package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.reveil.Reveil;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the e-mail sender as soon as a transaction that queued e-mails has committed, instead of
 * waiting for the next tick of its timer (webhook deliveries have their own:
 * {@code webhooks.ReveilLivraisons}).
 */
@ApplicationScoped
public class ReveilEnvoi {

    @Inject
    ExpediteurMails expediteur;

    private Reveil reveil;

    @PostConstruct
    void init() {
        reveil = new Reveil("ptce-reveil-mails", expediteur::envoyerEnAttente);
    }

    void mailsEnFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileNotifications.NotificationsEnFile e) {
        reveil.reveiller();
    }

    void arret(@Observes ShutdownEvent e) {
        reveil.arreter();
    }
}

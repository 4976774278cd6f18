package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.notification.webhooks.LivreurWebhooks;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the senders as soon as a transaction that queued e-mails or webhook deliveries has
 * committed, instead of waiting for the next tick of their timers. Requests arriving while a pass
 * is already pending are folded into it.
 */
@ApplicationScoped
public class ReveilEnvoi {

    @Inject
    ExpediteurMails expediteur;

    @Inject
    LivreurWebhooks livreur;

    // One thread each: a slow webhook receiver must not hold back the e-mails.
    private final ExecutorService pourMails = unFil("ptce-reveil-mails");
    private final ExecutorService pourLivraisons = unFil("ptce-reveil-webhooks");
    private final AtomicBoolean mailsDemandes = new AtomicBoolean();
    private final AtomicBoolean livraisonsDemandees = new AtomicBoolean();

    void mailsEnFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileNotifications.NotificationsEnFile e) {
        if (mailsDemandes.compareAndSet(false, true)) {
            pourMails.execute(() -> {
                mailsDemandes.set(false);
                expediteur.envoyerEnAttente();
            });
        }
    }

    void livraisonsEnFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) LivreurWebhooks.LivraisonsEnFile e) {
        if (livraisonsDemandees.compareAndSet(false, true)) {
            pourLivraisons.execute(() -> {
                livraisonsDemandees.set(false);
                livreur.livrerEnAttente();
            });
        }
    }

    void arret(@Observes ShutdownEvent e) {
        pourMails.shutdownNow();
        pourLivraisons.shutdownNow();
    }

    private static ExecutorService unFil(String nom) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, nom);
            t.setDaemon(true);
            return t;
        });
    }
}

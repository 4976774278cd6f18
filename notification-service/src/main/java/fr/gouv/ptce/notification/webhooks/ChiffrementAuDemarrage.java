package fr.gouv.ptce.notification.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Encrypts, at startup, the signing secrets still stored in clear (registered before secrets were
 * encrypted: the Flyway migration cannot, SQL has no key). Each row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and updated only while still clear, so replicas starting together
 * share the work and never encrypt a row twice. Also fails the startup early on a bad key.
 */
@ApplicationScoped
public class ChiffrementAuDemarrage {

    private static final Logger LOG = Logger.getLogger(ChiffrementAuDemarrage.class);
    private static final int LOT = 100;

    @Inject
    CoffreSecrets coffre;

    void demarrage(@Observes StartupEvent e) {
        chiffrerLesSecretsEnClair();
    }

    /** Encrypts every clear secret not claimed by another replica; returns how many. */
    public int chiffrerLesSecretsEnClair() {
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(this::chiffrerUnLot);
            total += n;
        } while (n == LOT);
        if (total > 0) {
            LOG.infof("%d secret(s) de webhook chiffré(s) au repos", total);
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    int chiffrerUnLot() {
        List<Object[]> clairs = Webhook.getEntityManager().createNativeQuery("""
                        select id, secret from webhook where secret is not null
                        order by id limit ?1 for update skip locked""")
                .setParameter(1, LOT).getResultList();
        for (Object[] ligne : clairs) {
            Webhook.getEntityManager().createNativeQuery(
                            "update webhook set secret_chiffre = ?1, secret = null where id = ?2 and secret is not null")
                    .setParameter(1, coffre.chiffrer((String) ligne[1]))
                    .setParameter(2, ligne[0])
                    .executeUpdate();
        }
        return clairs.size();
    }
}

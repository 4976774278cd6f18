package fr.gouv.ptce.notification.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook delivery's body is a copy of the event (contact e-mails, names): past the retention
 * period of e-mail bodies it is emptied; the delivery's trace (event id and type, status, instants,
 * HTTP code) stays. Runs inside the purge's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConservationLivraisons {

    @SuppressWarnings("unchecked")
    public List<UUID> purgerCorps(Instant limite, int lot) {
        return Livraison.getEntityManager().createNativeQuery("""
                        update livraison set corps = '' where id in (
                            select id from livraison
                            where corps <> '' and statut in ('LIVREE', 'ECHEC') and coalesce(livree_le, creee_le) < ?1
                            order by id limit ?2 for update skip locked)
                        returning id""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).getResultList();
    }
}

package fr.gouv.ptce.notification.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The end of an e-mail's personal content (docs/DONNEES-PERSONNELLES.md): past the retention period
 * its bodies are emptied and its recipient replaced by the SHA-256 of the lower-cased address, so that
 * the proof of sending (who — checkable by hashing an address —, what subject, when, Message-ID)
 * survives without the address or the text. Runs inside the purge's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConservationCourriels {

    /** Purges the e-mails sent (or given up) before {@code limite}; answers their ids. */
    @SuppressWarnings("unchecked")
    public List<UUID> purgerCorps(Instant limite, Instant maintenant, int lot) {
        // An SMTP error may quote the address: it is hashed there too.
        return Notification.getEntityManager().createNativeQuery("""
                        with cibles as (
                            select id, 'sha256:' || encode(sha256(convert_to(lower(destinataire), 'UTF8')), 'hex') as empreinte
                            from notification
                            where corps_purge_le is null and statut in ('ENVOYEE', 'ECHEC')
                              and coalesce(envoyee_le, creee_le) < ?1
                            order by coalesce(envoyee_le, creee_le), id
                            limit ?2
                            for update skip locked)
                        update notification n
                        set corps_texte = '', corps_html = '', corps_purge_le = ?3,
                            derniere_erreur = replace(n.derniere_erreur, n.destinataire, cibles.empreinte),
                            destinataire = cibles.empreinte
                        from cibles where n.id = cibles.id
                        returning n.id""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).setParameter(3, maintenant).getResultList();
    }
}

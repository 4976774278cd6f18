package fr.gouv.ptce.financement.convention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The end of an agreement's personal data (docs/DONNEES-PERSONNELLES.md): money is kept for the
 * accounting retention period after the agreement ended; past it the contact's name and e-mail and
 * the owner go, the figures, instalments, payments and the audit trail stay. Runs inside the purge's
 * transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConservationConventions {

    static final String PORTEUR_ANONYME = "anonyme";

    /** Agreements terminated, or paid off, whose end (termination instant or end date, Paris) is before {@code limite}. */
    @SuppressWarnings("unchecked")
    public List<UUID> termineesAvant(Instant limite, int lot) {
        return Convention.getEntityManager().createNativeQuery("""
                        select id from convention
                        where anonymisee_le is null and statut in ('SOLDEE', 'RESILIEE')
                          and coalesce(resiliee_le, (date_fin + 1)::timestamp at time zone 'Europe/Paris') < ?1
                        order by id limit ?2""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).getResultList();
    }

    public void anonymiser(List<UUID> ids, Instant maintenant) {
        for (UUID id : ids) {
            Convention c = Convention.findById(id);
            c.contactNom = null;
            c.contactEmail = "";
            c.porteurSub = PORTEUR_ANONYME;
            c.anonymiseeLe = maintenant;
        }
    }
}

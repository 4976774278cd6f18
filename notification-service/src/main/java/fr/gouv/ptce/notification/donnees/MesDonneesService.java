package fr.gouv.ptce.notification.donnees;

import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.notification.notifications.Notification;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The caller's own data: rows whose owner is the caller's {@code sub}, nothing else. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MesDonneesService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public MesDonnees lire() {
        String sub = user.sub();
        EntityManager em = Notification.getEntityManager();
        List<MesDonnees.Courriel> courriels = Notification.<Notification>list("porteurSub", Sort.by("creeeLe").and("id"), sub)
                .stream().map(n -> new MesDonnees.Courriel(n.id, n.candidatureId, n.numero, n.destinataire, n.modele.name(),
                        n.sujet, n.statut.name(), n.creeeLe, n.envoyeeLe, n.messageId,
                        n.corpsTexte == null || n.corpsTexte.isEmpty() ? null : n.corpsTexte, n.corpsPurgeLe)).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> structures = em.createNativeQuery("""
                select siret, raison_sociale, contact_email, candidature_id from structure_eligible
                where porteur_sub = ?1 order by siret""").setParameter(1, sub).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rapports = em.createNativeQuery("""
                select rapport_id, convention_id, type, date_limite, contact_email, approuve from rapport_attendu
                where porteur_sub = ?1 order by date_limite, rapport_id""").setParameter(1, sub).getResultList();
        return new MesDonnees(sub, clock.instant(), courriels,
                structures.stream().map(s -> new MesDonnees.StructureSuivie((String) s[0], (String) s[1], (String) s[2],
                        (UUID) s[3])).toList(),
                rapports.stream().map(r -> new MesDonnees.RapportSuivi((UUID) r[0], (UUID) r[1], (String) r[2],
                        r[3] instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) r[3], (String) r[4],
                        (Boolean) r[5])).toList());
    }
}

package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.web.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The end of an application's life (docs/DONNEES-PERSONNELLES.md): drafts never submitted are
 * deleted; files not retained keep their structure, territory, project and figures for statistics
 * but lose every natural person's data. Runs inside the purge's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConservationCandidatures {

    /** What replaces a removed name: the JSON of members stays readable by the views. */
    static final String ANONYMISE = "(anonymisé)";
    /** The owner of an anonymised file: no account can match it. */
    static final String PORTEUR_ANONYME = "anonyme";

    /** Drafts never submitted (still a draft, or withdrawn as a draft) of campaigns whose deadline is before {@code limite}. */
    @SuppressWarnings("unchecked")
    public List<UUID> brouillonsExpires(Instant limite, int lot) {
        return em().createNativeQuery("""
                        select c.id from candidature c join campagne k on k.id = c.campagne_id
                        where c.deposee_le is null and c.statut in ('BROUILLON', 'RETIREE') and k.fin_depot < ?1
                        order by c.id limit ?2""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).getResultList();
    }

    /** Submitted files closed without being retained, whose last change of status is before {@code limite}, not yet anonymised. */
    @SuppressWarnings("unchecked")
    public List<UUID> nonRetenuesExpirees(Instant limite, int lot) {
        return em().createNativeQuery("""
                        select c.id from candidature c
                        where c.anonymisee_le is null and c.deposee_le is not null
                          and c.statut in ('REFUSEE', 'SANS_SUITE', 'RETIREE')
                          and (select max(h.instant) from historique_statut h where h.candidature_id = c.id) < ?1
                        order by c.id limit ?2""", UUID.class)
                .setParameter(1, limite).setParameter(2, lot).getResultList();
    }

    /** Deletes the drafts and everything hanging from them; answers how many attachments went with them. */
    public int supprimer(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        int pieces = supprimerPieces(ids);
        for (String sql : List.of(
                "delete from historique_statut where candidature_id in (?1)",
                "delete from ds_ecriture where candidature_id in (?1)",
                "delete from ds_dossier where candidature_id in (?1)",
                "delete from candidature where id in (?1)")) {
            em().createNativeQuery(sql).setParameter(1, ids).executeUpdate();
        }
        return pieces;
    }

    /**
     * Removes the personal data of not-retained files: contact, owner, members' names, the names and
     * free texts of the history (statuses and instants stay), and the attachments (documents cannot be
     * anonymised field by field). Answers how many attachments were deleted.
     */
    public int anonymiser(List<UUID> ids, Instant maintenant) {
        if (ids.isEmpty()) {
            return 0;
        }
        for (UUID id : ids) {
            Candidature c = Candidature.findById(id);
            c.contactNom = null;
            c.contactEmail = null;
            c.contactTelephone = null;
            c.porteurSub = PORTEUR_ANONYME;
            c.membres = Json.ecrire(CandidatureMapping.membres(c).stream()
                    .map(m -> new ContenuCandidature.Membre(ANONYMISE, m.siret(), m.type())).toList());
            c.anonymiseeLe = maintenant;
        }
        em().flush();
        em().createNativeQuery("update historique_statut set acteur = ?1, motif = null where candidature_id in (?2)")
                .setParameter(1, ANONYMISE).setParameter(2, ids).executeUpdate();
        em().createNativeQuery("update ds_ecriture set motivation = null where candidature_id in (?1)")
                .setParameter(1, ids).executeUpdate();
        return supprimerPieces(ids);
    }

    private int supprimerPieces(List<UUID> ids) {
        // piece_contenu goes with its piece (on delete cascade)
        return em().createNativeQuery("delete from piece where candidature_id in (?1)").setParameter(1, ids)
                .executeUpdate();
    }

    private static EntityManager em() {
        return Candidature.getEntityManager();
    }
}

package fr.gouv.ptce.candidature.structure;

import fr.gouv.ptce.candidature.domain.Phase;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase-2 eligibility: a structure designated phase-1 lauréat, or one with a live phase-1
 * application in a phase-1 campaign open at this instant (applying to both phases at once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StructureService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public EligibilitePhase2 eligibilite(String siret) {
        Instant maintenant = clock.instant();
        List<String> motifs = new ArrayList<>();
        LaureatPhase1 laureat = LaureatPhase1.findById(siret);
        if (laureat != null) {
            motifs.add("Lauréat de la phase 1 (campagne " + laureat.campagneCode + ", désigné le " + laureat.designeLe + ").");
        }
        List<String> enCours = em.createQuery("""
                        select c.numero from Candidature c, Campagne k
                        where k.id = c.campagneId and c.siret = :siret and k.phase = :phase and c.statut in :vivantes
                          and k.publieeLe is not null and k.ouverture <= :maintenant and k.finDepot > :maintenant""", String.class)
                .setParameter("siret", siret).setParameter("phase", Phase.PHASE_1)
                .setParameter("vivantes", StatutCandidature.VIVANTES).setParameter("maintenant", maintenant)
                .getResultList();
        enCours.forEach(n -> motifs.add("Candidature de phase 1 " + n + " en cours dans une campagne ouverte."));
        boolean eligible = !motifs.isEmpty();
        if (!eligible) {
            motifs.add("Ni lauréat de la phase 1, ni candidature de phase 1 en cours dans une campagne ouverte.");
        }
        return new EligibilitePhase2(siret, eligible, motifs);
    }

    /** Whether the caller's own files include this structure (a porteur may only ask about its own). */
    public boolean porteurConnaitStructure(String porteurSub, String siret) {
        return em.createQuery("select count(c) from Candidature c where c.porteurSub = :sub and c.siret = :siret", Long.class)
                .setParameter("sub", porteurSub).setParameter("siret", siret).getSingleResult() > 0;
    }
}

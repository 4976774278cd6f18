package fr.gouv.ptce.evaluation.evaluation;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.evaluation.domain.StatutAffectation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AffectationRepository implements PanacheRepositoryBase<Affectation, UUID> {

    public List<Affectation> duDossier(UUID candidatureId) {
        return list("candidatureId = ?1 order by affecteeLe, id", candidatureId);
    }

    /** A submitted evaluation's total, without its notes: all the ranking needs. */
    public record TotalSoumis(UUID candidatureId, java.math.BigDecimal total) {
    }

    /**
     * Totals of every submitted evaluation of a campaign in one projection query: loading the
     * entities would initialise each one's eager notes (30,000 collections for 10,000 files).
     */
    public List<TotalSoumis> totauxSoumisDeLaCampagne(UUID campagneId) {
        return getEntityManager().createQuery("select new " + TotalSoumis.class.getName()
                        + "(a.candidatureId, a.total) from Affectation a, Instruction i"
                        + " where i.candidatureId = a.candidatureId and i.campagneId = :campagne and a.statut = :statut",
                TotalSoumis.class).setParameter("campagne", campagneId).setParameter("statut", StatutAffectation.SOUMISE)
                .getResultList();
    }

    public long soumises(UUID candidatureId) {
        return count("candidatureId = ?1 and statut = ?2", candidatureId, StatutAffectation.SOUMISE);
    }

    public boolean existe(UUID candidatureId, String evaluateurSub) {
        return count("candidatureId = ?1 and evaluateurSub = ?2", candidatureId, evaluateurSub) > 0;
    }

    /** The caller's own assignment, locked; empty for anyone else's (the API answers 404). */
    public Optional<Affectation> delEvaluateur(UUID id, String evaluateurSub, boolean verrou) {
        Optional<Affectation> a = verrou ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(id);
        return a.filter(x -> x.evaluateurSub.equals(evaluateurSub));
    }

    public List<Affectation> page(String evaluateurSub, StatutAffectation statut, Curseur.Position apres, int taille) {
        StringBuilder where = new StringBuilder("evaluateurSub = :sub");
        Parameters p = Parameters.with("sub", evaluateurSub);
        if (statut != null) {
            where.append(" and statut = :statut");
            p.and("statut", statut);
        }
        if (apres != null) {
            where.append(" and (affecteeLe > :instant or (affecteeLe = :instant and id > :id))");
            p.and("instant", apres.instant()).and("id", apres.id());
        }
        return find(where + " order by affecteeLe, id", p).page(0, taille + 1).list();
    }
}

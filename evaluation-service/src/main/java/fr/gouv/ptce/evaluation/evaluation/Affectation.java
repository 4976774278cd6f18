package fr.gouv.ptce.evaluation.evaluation;

import fr.gouv.ptce.evaluation.domain.StatutAffectation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.portee.Portee;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * An evaluator's assignment to a file; its id is the "evaluation id" of the API. Holds the
 * declaration of interests (kept even when a conflict ends the assignment) and the scoring.
 */
@Entity
@Table(name = "affectation")
public class Affectation extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Saves of the draft, counted for If-Match (the ETag). */
    public long version;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    @Column(name = "evaluateur_sub")
    public String evaluateurSub;

    @Column(name = "evaluateur_nom")
    public String evaluateurNom;

    @Enumerated(EnumType.STRING)
    public StatutAffectation statut;

    @Column(name = "affectee_par")
    public String affecteePar;

    @Column(name = "affectee_le")
    public Instant affecteeLe;

    public Boolean conflit;

    @Column(name = "precision_interets")
    public String precisionInterets;

    @Column(name = "declaree_le")
    public Instant declareeLe;

    public String avis;

    @Column(name = "modifiee_le")
    public Instant modifieeLe;

    @Column(name = "soumise_le")
    public Instant soumiseLe;

    /** Weighted total on the 0–5 scale, fixed at submission. */
    public BigDecimal total;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "affectation_note", joinColumns = @JoinColumn(name = "affectation_id"))
    public List<NoteCritere> notes = new ArrayList<>();

    public static List<Affectation> duDossier(UUID candidatureId) {
        return list("candidatureId = ?1 order by affecteeLe, id", candidatureId);
    }

    /** A submitted evaluation's total, without its notes: all the ranking needs. */
    public record TotalSoumis(UUID candidatureId, java.math.BigDecimal total) {
    }

    /**
     * Totals of every submitted evaluation of a campaign in one projection query: loading the
     * entities would initialise each one's eager notes (30,000 collections for 10,000 files).
     */
    public static List<TotalSoumis> totauxSoumisDeLaCampagne(UUID campagneId) {
        return getEntityManager().createQuery("select new " + TotalSoumis.class.getName()
                        + "(a.candidatureId, a.total) from Affectation a, Instruction i"
                        + " where i.candidatureId = a.candidatureId and i.campagneId = :campagne and a.statut = :statut",
                TotalSoumis.class).setParameter("campagne", campagneId).setParameter("statut", StatutAffectation.SOUMISE)
                .getResultList();
    }

    public static long soumises(UUID candidatureId) {
        return count("candidatureId = ?1 and statut = ?2", candidatureId, StatutAffectation.SOUMISE);
    }

    public static boolean existe(UUID candidatureId, String evaluateurSub) {
        return count("candidatureId = ?1 and evaluateurSub = ?2", candidatureId, evaluateurSub) > 0;
    }

    /** The caller's own assignment, locked; empty for anyone else's (the API answers 404). */
    public static Optional<Affectation> delEvaluateur(UUID id, String evaluateurSub, boolean verrou) {
        Optional<Affectation> a = verrou ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(id);
        return a.filter(x -> x.evaluateurSub.equals(evaluateurSub));
    }

    public static List<Affectation> page(String evaluateurSub, StatutAffectation statut, Portee portee,
                                         Curseur.Position apres, int taille) {
        StringBuilder where = new StringBuilder("evaluateurSub = :sub");
        Parameters p = Parameters.with("sub", evaluateurSub);
        if (!portee.estNationale()) {
            where.append(" and candidatureId in (select i.candidatureId from Instruction i where ")
                    .append(portee.condition("i.region", "regionsPortee")).append(")");
            if (portee.aLier()) {
                p.and("regionsPortee", portee.regions());
            }
        }
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

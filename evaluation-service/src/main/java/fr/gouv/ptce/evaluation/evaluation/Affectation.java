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

/**
 * An evaluator's assignment to a file; its id is the "evaluation id" of the API. Holds the
 * declaration of interests (kept even when a conflict ends the assignment) and the scoring.
 */
@Entity
@Table(name = "affectation")
public class Affectation extends PanacheEntityBase {

    @Id
    public UUID id;

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
}

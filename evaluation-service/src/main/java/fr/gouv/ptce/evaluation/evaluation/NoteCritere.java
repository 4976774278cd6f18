package fr.gouv.ptce.evaluation.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An evaluator's note on one criterion, with its comment. */
@Embeddable
public class NoteCritere {

    @Column(name = "critere")
    public String critere;

    @Column(name = "note", precision = 2, scale = 1)
    public BigDecimal note;

    @Column(name = "commentaire")
    public String commentaire;

    public NoteCritere() {
    }

    public NoteCritere(String critere, BigDecimal note, String commentaire) {
        this.critere = critere;
        this.note = note;
        this.commentaire = commentaire;
    }
}

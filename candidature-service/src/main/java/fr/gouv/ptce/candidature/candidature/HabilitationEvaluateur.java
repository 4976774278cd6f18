package fr.gouv.ptce.candidature.candidature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An evaluator cleared to read one file: it was assigned to it and declared no conflict of interest
 * (event {@code evaluateur.habilite}). Whether the clearance still holds also depends on the file's
 * status: it ends with the decision ({@link fr.gouv.ptce.candidature.domain.StatutCandidature#AVANT_DECISION}).
 */
@Entity
@Table(name = "habilitation_evaluateur")
public class HabilitationEvaluateur extends PanacheEntityBase {

    @EmbeddedId
    public Cle cle;

    @Column(name = "habilite_le")
    public Instant habiliteLe;

    @Embeddable
    public record Cle(@Column(name = "candidature_id") UUID candidatureId,
                      @Column(name = "evaluateur_sub") String evaluateurSub) implements Serializable {
    }

    public static boolean existe(UUID candidatureId, String evaluateurSub) {
        return findById(new Cle(candidatureId, evaluateurSub)) != null;
    }

    /** Records the clearance once: a redelivered event finds it and changes nothing. */
    public static void enregistrer(UUID candidatureId, String evaluateurSub, Instant habiliteLe) {
        Cle cle = new Cle(candidatureId, evaluateurSub);
        if (findById(cle) == null) {
            HabilitationEvaluateur h = new HabilitationEvaluateur();
            h.cle = cle;
            h.habiliteLe = habiliteLe;
            h.persist();
        }
    }
}

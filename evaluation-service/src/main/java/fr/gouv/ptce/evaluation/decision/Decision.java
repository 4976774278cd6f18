package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.evaluation.domain.TypeDecision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A committee decision, by a named person at a recorded instant, with its motivation (append-only). */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    @Column(name = "campagne_id")
    public UUID campagneId;

    @Enumerated(EnumType.STRING)
    public TypeDecision type;

    public String motivation;

    @Column(name = "decideur_sub")
    public String decideurSub;

    @Column(name = "decideur_nom")
    public String decideurNom;

    @Column(name = "decide_le")
    public Instant decideLe;

    public Integer rang;

    /** True for a waiting-list file made lauréat (after a withdrawal or within the cap). */
    public boolean promotion;

    /** Every decision of a campaign, in the order it was taken. */
    public static List<Decision> deLaCampagne(UUID campagneId) {
        return list("campagneId = ?1 order by decideLe, id", campagneId);
    }
}

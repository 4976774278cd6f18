package fr.gouv.ptce.evaluation.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A phase-2 lauréat's withdrawal, and the file promoted in its place if any. */
@Entity
@Table(name = "desistement")
public class Desistement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    public String motif;

    @Column(name = "promu_candidature_id")
    public UUID promuCandidatureId;

    @Column(name = "enregistre_par")
    public String enregistrePar;

    @Column(name = "desiste_le")
    public Instant desisteLe;

    /** The withdrawals among these files, in the order they were recorded. */
    public static List<Desistement> desDossiers(Collection<UUID> candidatureIds) {
        return candidatureIds.isEmpty() ? List.of()
                : list("candidatureId in ?1 order by desisteLe, id", candidatureIds);
    }
}

package fr.gouv.ptce.financement.convention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An amount the porteur must pay back (clawback), recorded when an agreement is terminated. */
@Entity
@Table(name = "reversement")
public class Reversement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "convention_id")
    public UUID conventionId;

    @Column(name = "montant_centimes")
    public long montantCentimes;

    public String motif;

    @Column(name = "demande_le")
    public Instant demandeLe;

    @Column(name = "demande_par")
    public String demandePar;
}

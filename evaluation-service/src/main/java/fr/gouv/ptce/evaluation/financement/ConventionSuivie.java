package fr.gouv.ptce.evaluation.financement;

import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A phase-2 lauréat's agreement as financement-service announced it (mirror fed by events, never
 * by a call). {@code statut} is A_SIGNER, SIGNEE or RESILIEE; a terminated agreement keeps on the
 * envelope what was paid, {@code montant − libéré}.
 */
@Entity
@Table(name = "convention_suivie")
public class ConventionSuivie extends PanacheEntityBase {

    public static final String A_SIGNER = "A_SIGNER";
    public static final String SIGNEE = "SIGNEE";
    public static final String RESILIEE = "RESILIEE";

    @Id
    @Column(name = "candidature_id")
    public UUID candidatureId;

    @Column(name = "campagne_id")
    public UUID campagneId;

    @Column(name = "convention_id")
    public UUID conventionId;

    public String statut;

    @Column(name = "montant_centimes")
    public long montantCentimes;

    @Column(name = "libere_centimes")
    public Long libereCentimes;

    @Column(name = "maj_le")
    public Instant majLe;

    /**
     * What the agreement of a withdrawn lauréat still holds on the envelope: all of it while signed
     * and not terminated, what was paid once terminated, nothing when it was never signed
     * (financement terminates an unsigned agreement on the withdrawal itself).
     */
    public long retenuCentimes() {
        return switch (statut) {
            case SIGNEE -> montantCentimes;
            case RESILIEE -> montantCentimes - libereCentimes;
            default -> 0;
        };
    }

    /** The agreements of the campaign's withdrawn lauréats (files DESISTEE), by withdrawal. */
    public static List<ConventionSuivie> desDesistes(UUID campagneId) {
        return list("""
                campagneId = ?1 and candidatureId in (select i.candidatureId from Instruction i
                where i.campagneId = ?1 and i.statut = ?2)
                order by majLe, candidatureId""", campagneId, StatutInstruction.DESISTEE);
    }
}

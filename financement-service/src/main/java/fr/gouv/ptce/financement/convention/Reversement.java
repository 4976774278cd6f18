package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.domain.StatutReversement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An amount the porteur must pay back (clawback), requested on a termination or on its own, then
 * followed to its recovery: see {@link StatutReversement}.
 */
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

    @Enumerated(EnumType.STRING)
    public StatutReversement statut;

    @Column(name = "demande_le")
    public Instant demandeLe;

    @Column(name = "demande_par")
    public String demandePar;

    /** The collection order's reference in the State's accounting (titre de perception). */
    @Column(name = "reference_titre")
    public String referenceTitre;

    @Column(name = "titre_emis_le")
    public Instant titreEmisLe;

    @Column(name = "titre_emis_par")
    public String titreEmisPar;

    /** The accounting date the money came back (a Paris calendar date). */
    @Column(name = "date_recouvrement")
    public LocalDate dateRecouvrement;

    @Column(name = "recouvre_le")
    public Instant recouvreLe;

    @Column(name = "recouvre_par")
    public String recouvrePar;

    @Column(name = "motif_annulation")
    public String motifAnnulation;

    @Column(name = "annule_le")
    public Instant annuleLe;

    @Column(name = "annule_par")
    public String annulePar;

    @Version
    public long version;

    public static List<Reversement> deLaConvention(UUID conventionId) {
        return list("conventionId = ?1 order by demandeLe, id", conventionId);
    }

    /** What the agreement's clawbacks not cancelled add up to (owed or recovered), in cents. */
    public static long demandeNonAnnule(UUID conventionId) {
        return deLaConvention(conventionId).stream().filter(r -> r.statut.compte())
                .mapToLong(r -> r.montantCentimes).sum();
    }
}

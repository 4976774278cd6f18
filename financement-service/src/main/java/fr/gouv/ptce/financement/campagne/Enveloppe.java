package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A phase-2 campaign's envelope, with the schedule template its agreements follow. */
@Entity
@Table(name = "enveloppe")
public class Enveloppe extends PanacheEntityBase {

    @Id
    @Column(name = "campagne_id")
    public UUID campagneId;

    public String code;
    public String libelle;

    @Column(name = "total_centimes")
    public long totalCentimes;

    @Column(name = "engage_centimes")
    public long engageCentimes;

    @Column(name = "paye_centimes")
    public long payeCentimes;

    @Column(name = "montant_par_laureat_centimes")
    public Long montantParLaureatCentimes;

    @Column(name = "duree_mois")
    public Integer dureeMois;

    @Column(name = "max_laureats")
    public Integer maxLaureats;

    @Column(name = "modele_echeancier")
    public String modeleEcheancier;

    @Column(name = "modele_rapports")
    public String modeleRapports;

    @Column(name = "publiee_le")
    public Instant publieeLe;

    /** Opening of the campaign: its year (Paris) is the edition of the open-data statistics. */
    public Instant ouverture;

    @Version
    public long version;

    public SoldeEnveloppe solde() {
        return new SoldeEnveloppe(totalCentimes, engageCentimes, payeCentimes);
    }

    public void appliquer(SoldeEnveloppe s) {
        totalCentimes = s.total();
        engageCentimes = s.engage();
        payeCentimes = s.paye();
    }

    /** Locked for the rest of the transaction: commitments to one envelope are serialised. */
    public static Optional<Enveloppe> verrouiller(UUID campagneId) {
        return Optional.ofNullable(findById(campagneId, LockModeType.PESSIMISTIC_WRITE));
    }
}

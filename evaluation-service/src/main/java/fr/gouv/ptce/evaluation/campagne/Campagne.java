package fr.gouv.ptce.evaluation.campagne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import fr.gouv.ptce.evaluation.domain.Phase;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** A published campaign, as candidature-service announced it. Immutable once published. */
@Entity
@Table(name = "campagne")
public class Campagne extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String libelle;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    public Instant ouverture;
    public Instant cloture;

    @Column(name = "max_laureats")
    public Integer maxLaureats;

    @Column(name = "montant_par_laureat_centimes")
    public Long montantParLaureatCentimes;

    @Column(name = "enveloppe_centimes")
    public Long enveloppeCentimes;

    @Column(name = "duree_mois")
    public Integer dureeMois;

    /** The grid as JSON: [{code, libelle, poids}]; read through {@link GrilleJson}. */
    public String grille;

    @Column(name = "publiee_le")
    public Instant publieeLe;

    @Column(name = "recue_le")
    public Instant recueLe;

    /**
     * Reads the campaign and keeps its row locked (SELECT … FOR UPDATE) until the transaction
     * ends: two committee members deciding at the same instant are served one after the other,
     * so the second sees the first's lauréat when it checks the cap and the envelope.
     */
    public static Optional<Campagne> verrouiller(UUID id) {
        getEntityManager().createNativeQuery("select id from campagne where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return Optional.ofNullable(getEntityManager().find(Campagne.class, id, LockModeType.NONE));
    }
}

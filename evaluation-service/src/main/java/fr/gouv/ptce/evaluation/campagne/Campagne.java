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
}

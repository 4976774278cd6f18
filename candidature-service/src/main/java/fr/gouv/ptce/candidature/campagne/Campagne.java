package fr.gouv.ptce.candidature.campagne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import fr.gouv.ptce.candidature.domain.Phase;

import java.time.Instant;
import java.util.UUID;

/** A call for applications. Its schedule, reports and grid are JSON documents frozen at publication. */
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
    @Column(name = "fin_depot")
    public Instant finDepot;
    @Column(name = "max_laureats")
    public Integer maxLaureats;
    @Column(name = "montant_par_laureat_centimes")
    public Long montantParLaureatCentimes;
    @Column(name = "enveloppe_centimes")
    public Long enveloppeCentimes;
    @Column(name = "duree_mois")
    public Integer dureeMois;
    public String echeancier;
    public String rapports;
    public String grille;
    @Column(name = "publiee_le")
    public Instant publieeLe;
    @Column(name = "creee_le")
    public Instant creeeLe;
    @Column(name = "creee_par")
    public String creeePar;
    @Version
    public long version;

    public boolean estPubliee() {
        return publieeLe != null;
    }
}

package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.candidature.domain.StatutInscription;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A structure's registration for a collective session (table inscription_session). */
@Entity
@Table(name = "inscription_session")
public class Inscription extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "offre_id")
    public UUID offreId;
    public String siret;
    @Column(name = "porteur_sub")
    public String porteurSub;
    @Enumerated(EnumType.STRING)
    public StatutInscription statut;
    @Column(name = "inscrite_le")
    public Instant inscriteLe;
    @Column(name = "modifiee_le")
    public Instant modifieeLe;
}

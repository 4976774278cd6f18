package fr.gouv.ptce.candidature.offre;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Hours of individual coaching requested by a structure on an INDIVIDUEL offer. */
@Entity
@Table(name = "demande_accompagnement")
public class DemandeAccompagnement extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "offre_id")
    public UUID offreId;
    public String siret;
    @Column(name = "porteur_sub")
    public String porteurSub;
    public int heures;
    public String objet;
    @Column(name = "demandee_le")
    public Instant demandeeLe;
}

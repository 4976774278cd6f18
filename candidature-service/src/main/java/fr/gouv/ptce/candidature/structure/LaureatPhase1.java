package fr.gouv.ptce.candidature.structure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A structure designated phase-1 lauréat (event laureat.phase1.designe): eligible for phase 2.
 * Name, place and sectors are kept for the lauréats' directory.
 */
@Entity
@Table(name = "laureat_phase1")
public class LaureatPhase1 extends PanacheEntityBase {

    @Id
    public String siret;
    @Column(name = "raison_sociale")
    public String raisonSociale;
    @Column(name = "code_commune")
    public String codeCommune;
    public String departement;
    public String region;
    public String secteurs;
    @Column(name = "candidature_id")
    public UUID candidatureId;
    @Column(name = "campagne_id")
    public UUID campagneId;
    @Column(name = "campagne_code")
    public String campagneCode;
    @Column(name = "designe_le")
    public Instant designeLe;
    /** Owner of the lauréat's application: the one porteur allowed into the service offer for it. */
    @Column(name = "porteur_sub")
    public String porteurSub;
    @Column(name = "contact_email")
    public String contactEmail;
}

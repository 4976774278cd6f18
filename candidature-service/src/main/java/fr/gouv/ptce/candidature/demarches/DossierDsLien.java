package fr.gouv.ptce.candidature.demarches;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The application born from a DS dossier, and what we last read of it. */
@Entity
@Table(name = "ds_dossier")
public class DossierDsLien extends PanacheEntityBase {

    @Id
    @Column(name = "numero_dossier")
    public Integer numeroDossier;
    @Column(name = "dossier_id")
    public String dossierId;
    @Column(name = "campagne_id")
    public UUID campagneId;
    @Column(name = "candidature_id")
    public UUID candidatureId;
    public String empreinte;
    @Column(name = "etat_ds")
    public String etatDs;
    @Column(name = "regles_echouees")
    public String reglesEchouees;
    @Column(name = "importe_le")
    public Instant importeLe;
    @Column(name = "mis_a_jour_le")
    public Instant misAJourLe;
    /** What was last taken (JSON), to name the changes after a correction. */
    @Column(name = "contenu_lu")
    public String contenuLu;
    @Column(name = "fichiers_lus")
    public String fichiersLus;
    /** DS shows a correction request the applicant has not answered. */
    @Column(name = "correction_en_attente_ds")
    public boolean correctionEnAttenteDs;
    /** Our correction request reached DS at this instant and awaits the applicant there. */
    @Column(name = "correction_envoyee_le")
    public Instant correctionEnvoyeeLe;
}

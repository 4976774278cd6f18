package fr.gouv.ptce.candidature.demarches;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The report of a campaign's last synchronisation run. */
@Entity
@Table(name = "ds_synchronisation")
public class SynchronisationDs extends PanacheEntityBase {

    @Id
    @Column(name = "campagne_id")
    public UUID campagneId;
    public Instant debut;
    public Instant fin;
    @Column(name = "declenchee_par")
    public String declencheePar;
    public int vus;
    public int crees;
    @Column(name = "mis_a_jour")
    public int misAJour;
    public int inchanges;
    public String ignores;
    @Column(name = "derniere_erreur")
    public String derniereErreur;
    public Instant depuis;
}

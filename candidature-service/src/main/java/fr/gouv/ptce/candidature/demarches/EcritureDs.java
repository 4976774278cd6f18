package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.domain.ActionDs;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision or message to report on DS, queued in the transaction of the event (or import) that
 * carried it. Claimed by one replica at a time ({@code reserveePar} until {@code reserveeJusquA}).
 */
@Entity
@Table(name = "ds_ecriture")
public class EcritureDs extends PanacheEntityBase {

    public static final String A_ENVOYER = "A_ENVOYER";
    public static final String ENVOYEE = "ENVOYEE";
    public static final String ECHEC = "ECHEC";

    @Id
    public UUID id;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "candidature_id")
    public UUID candidatureId;
    @Column(name = "numero_dossier")
    public Integer numeroDossier;
    @Enumerated(EnumType.STRING)
    public ActionDs action;
    public String motivation;
    public String statut;
    public int tentatives;
    @Column(name = "prochaine_tentative")
    public Instant prochaineTentative;
    @Column(name = "derniere_erreur")
    public String derniereErreur;
    @Column(name = "creee_le")
    public Instant creeeLe;
    @Column(name = "envoyee_le")
    public Instant envoyeeLe;
    @Column(name = "reservee_par")
    public String reserveePar;
    @Column(name = "reservee_jusqu_a")
    public Instant reserveeJusquA;
    /** Claims so far: above 1, an earlier claim may have sent it (its replica died or its answer was lost). */
    public int reservations;
}

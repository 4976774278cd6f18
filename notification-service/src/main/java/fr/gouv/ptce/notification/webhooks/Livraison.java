package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.notification.domain.StatutEnvoi;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event to deliver to one endpoint, with the outcome of its attempts (the delivery log). */
@Entity
@Table(name = "livraison")
public class Livraison extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "evenement_id")
    public String evenementId;

    @Column(name = "type_evenement")
    public String typeEvenement;

    /** The CloudEvent in structured JSON, exactly the bytes signed and sent. */
    public String corps;

    @Enumerated(EnumType.STRING)
    public StatutEnvoi statut;

    public int tentatives;

    @Column(name = "prochaine_tentative")
    public Instant prochaineTentative;

    @Column(name = "dernier_code_http")
    public Integer dernierCodeHttp;

    @Column(name = "derniere_erreur")
    public String derniereErreur;

    @Column(name = "livree_le")
    public Instant livreeLe;

    @Column(name = "creee_le")
    public Instant creeeLe;

    /** First attempt of the current retry schedule (reset by a replay). */
    @Column(name = "cycle_debute_le")
    public Instant cycleDebuteLe;
}

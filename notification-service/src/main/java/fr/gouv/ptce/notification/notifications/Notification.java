package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.notification.domain.Modele;
import fr.gouv.ptce.notification.domain.StatutEnvoi;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One e-mail to one recipient, and the proof that it was sent (or why it was not). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "evenement_id")
    public String evenementId;

    @Column(name = "type_evenement")
    public String typeEvenement;

    @Enumerated(EnumType.STRING)
    public Modele modele;

    public String destinataire;

    @Column(name = "porteur_sub")
    public String porteurSub;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    public String numero;

    public String sujet;

    @Column(name = "corps_texte")
    public String corpsTexte;

    @Column(name = "corps_html")
    public String corpsHtml;

    @Enumerated(EnumType.STRING)
    public StatutEnvoi statut;

    public int tentatives;

    @Column(name = "prochaine_tentative")
    public Instant prochaineTentative;

    @Column(name = "derniere_erreur")
    public String derniereErreur;

    @Column(name = "envoyee_le")
    public Instant envoyeeLe;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "creee_le")
    public Instant creeeLe;

    /** The name of the attached document (a PDF), or null. */
    @Column(name = "piece_jointe_nom")
    public String pieceJointeNom;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "piece_jointe")
    public byte[] pieceJointe;

    /** When the purge emptied the bodies and hashed the recipient (null: not yet). */
    @Column(name = "corps_purge_le")
    public Instant corpsPurgeLe;
}

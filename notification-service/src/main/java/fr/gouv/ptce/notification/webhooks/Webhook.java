package fr.gouv.ptce.notification.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A partner's endpoint: where to POST which event types, with the secret that signs them. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "proprietaire_sub")
    public String proprietaireSub;

    @Column(name = "proprietaire_email")
    public String proprietaireEmail;

    public String url;

    /** Facts wanted, comma-separated (e.g. {@code candidature.deposee,decision.rendue}). */
    public String types;

    /** The signing secret in clear: only rows registered before encryption, until the startup encrypts them. */
    @Column(name = "secret")
    public String secretClair;

    /** The signing secret, encrypted ({@code CoffreSecrets}). */
    @Column(name = "secret_chiffre")
    public String secretChiffre;

    /** The secret replaced by the last rotation, still signing until {@link #secretPrecedentExpireLe}. */
    @Column(name = "secret_precedent_chiffre")
    public String secretPrecedentChiffre;

    @Column(name = "secret_precedent_expire_le")
    public Instant secretPrecedentExpireLe;

    @Column(name = "dernier_succes_le")
    public Instant dernierSuccesLe;

    public boolean actif;

    @Column(name = "echecs_consecutifs")
    public int echecsConsecutifs;

    @Column(name = "cree_le")
    public Instant creeLe;

    @Column(name = "desactive_le")
    public Instant desactiveLe;

    public List<String> listeTypes() {
        return Arrays.stream(types.split(",")).filter(s -> !s.isBlank()).toList();
    }
}

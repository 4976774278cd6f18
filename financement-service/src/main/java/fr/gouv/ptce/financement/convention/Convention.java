package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.domain.StatutConvention;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The grant agreement of one phase-2 lauréat. */
@Entity
@Table(name = "convention")
public class Convention extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    public String numero;

    @Column(name = "campagne_id")
    public UUID campagneId;

    /** Keycloak {@code sub} of the porteur who owns the application: the only porteur who sees it. */
    @Column(name = "porteur_sub")
    public String porteurSub;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_nom")
    public String contactNom;

    public String siret;

    @Column(name = "raison_sociale")
    public String raisonSociale;

    @Column(name = "montant_centimes")
    public long montantCentimes;

    /** Région of the structure (name), for the statistics; null on agreements older than this field. */
    public String region;

    /** The project's total budget declared at submission: the base of the open data's pourcentageSubvention. */
    @Column(name = "budget_projet_centimes")
    public Long budgetProjetCentimes;

    /** What this agreement holds on the envelope: the amount, then only what was paid once terminated. */
    @Column(name = "engage_centimes")
    public long engageCentimes;

    @Column(name = "paye_centimes")
    public long payeCentimes;

    @Column(name = "duree_mois")
    public int dureeMois;

    @Enumerated(EnumType.STRING)
    public StatutConvention statut;

    @Column(name = "date_signature")
    public LocalDate dateSignature;

    @Column(name = "date_fin")
    public LocalDate dateFin;

    @Column(name = "creee_le")
    public Instant creeeLe;

    @Column(name = "signee_le")
    public Instant signeeLe;

    @Column(name = "resiliee_le")
    public Instant resilieeLe;

    @Column(name = "motif_resiliation")
    public String motifResiliation;

    /** When the purge removed the contact and owner of this ended agreement (null: never). */
    @Column(name = "anonymisee_le")
    public Instant anonymiseeLe;

    @Version
    public long version;

    public static Optional<Convention> parCandidature(UUID candidatureId) {
        return find("candidatureId", candidatureId).firstResultOptional();
    }

    public static Optional<Convention> verrouiller(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }
}

package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.domain.Declencheur;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One instalment of an agreement's schedule. */
@Entity
@Table(name = "echeance")
public class Echeance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "convention_id")
    public UUID conventionId;

    public int ordre;

    @Column(name = "montant_centimes")
    public long montantCentimes;

    @Enumerated(EnumType.STRING)
    public Declencheur declencheur;

    public int mois;

    @Column(name = "rapport_type")
    public String rapportType;

    /** Null until the signature fixes the calendar. */
    @Column(name = "date_echeance")
    public LocalDate dateEcheance;

    @Enumerated(EnumType.STRING)
    public StatutEcheance statut;

    @Column(name = "exigible_le")
    public Instant exigibleLe;

    @Column(name = "mise_en_paiement_le")
    public Instant miseEnPaiementLe;

    public String reference;

    @Column(name = "date_paiement")
    public LocalDate datePaiement;

    @Column(name = "payee_le")
    public Instant payeeLe;

    @Version
    public long version;

    public String condition() {
        return declencheur == Declencheur.RAPPORT_APPROUVE ? declencheur.name() + ":" + rapportType : declencheur.name();
    }

    public static List<Echeance> deLaConvention(UUID conventionId) {
        return list("conventionId = ?1 order by ordre", conventionId);
    }
}

package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.UUID;

/**
 * An application. The structure's fields are columns (lists filter on région, eligibility reads the
 * SIRET); members and sectors are JSON documents, always read and written whole.
 */
@Entity
@Table(name = "candidature")
public class Candidature extends PanacheEntityBase {

    @Id
    public UUID id;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    public String numero;
    @Column(name = "campagne_id")
    public UUID campagneId;
    @Column(name = "porteur_sub")
    public String porteurSub;
    @Enumerated(EnumType.STRING)
    public StatutCandidature statut;
    public String siret;
    @Column(name = "raison_sociale")
    public String raisonSociale;
    @Column(name = "forme_juridique")
    public String formeJuridique;
    public String adresse;
    @Column(name = "code_commune")
    public String codeCommune;
    public String departement;
    public String region;
    public String territoire;
    public String membres;
    @Column(name = "projet_titre")
    public String projetTitre;
    @Column(name = "projet_description")
    public String projetDescription;
    @Column(name = "projet_secteurs")
    public String projetSecteurs;
    @Column(name = "projet_emplois_vises")
    public Integer projetEmploisVises;
    @Column(name = "projet_budget_centimes")
    public Long projetBudgetCentimes;
    @Column(name = "contact_nom")
    public String contactNom;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_telephone")
    public String contactTelephone;
    public String recherche;
    @Column(name = "creee_le")
    public Instant creeeLe;
    @Column(name = "modifiee_le")
    public Instant modifieeLe;
    @Column(name = "deposee_le")
    public Instant deposeeLe;
    /** When the purge removed the personal data of this not-retained file (null: never). */
    @Column(name = "anonymisee_le")
    public Instant anonymiseeLe;
    @Version
    public long version;
}

package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.candidature.domain.PhaseAtteinte;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the directory (table annuaire_ptce), keyed by SIRET so that nothing appears twice. */
@Entity
@Table(name = "annuaire_ptce")
public class Ptce extends PanacheEntityBase {

    public static final String ORIGINE_LAUREAT = "LAUREAT";
    public static final String ORIGINE_IMPORT = "IMPORT";

    @Id
    public String siret;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "raison_sociale")
    public String raisonSociale;
    @Column(name = "code_commune")
    public String codeCommune;
    public String commune;
    public String departement;
    public String region;
    public String secteurs;
    public Integer annee;
    @Column(name = "campagne_code")
    public String campagneCode;
    @Enumerated(EnumType.STRING)
    public PhaseAtteinte phase;
    public String origine;
    public String recherche;
    @Column(name = "mis_a_jour_le")
    public Instant misAJourLe;
}

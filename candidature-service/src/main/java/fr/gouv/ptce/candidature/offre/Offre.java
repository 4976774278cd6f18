package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.candidature.domain.ThemeOffre;
import fr.gouv.ptce.candidature.domain.TypeOffre;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A support offer published by the admin (table offre_service). */
@Entity
@Table(name = "offre_service")
public class Offre extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Enumerated(EnumType.STRING)
    public TypeOffre type;
    @Enumerated(EnumType.STRING)
    public ThemeOffre theme;
    public String titre;
    public String description;
    @Column(name = "heures_par_structure")
    public Integer heuresParStructure;
    public Instant debut;
    public String lieu;
    public String lien;
    public Integer capacite;
    public int inscrits;
    @Column(name = "publiee_le")
    public Instant publieeLe;
}

package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.domain.StatutRapport;
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

/** A report the porteur owes under its agreement (activity, final financial…). */
@Entity
@Table(name = "rapport")
public class Rapport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "convention_id")
    public UUID conventionId;

    public String type;

    public int mois;

    /** Null until the signature fixes the calendar. */
    @Column(name = "date_limite")
    public LocalDate dateLimite;

    @Enumerated(EnumType.STRING)
    public StatutRapport statut;

    public String contenu;

    @Column(name = "soumis_le")
    public Instant soumisLe;

    @Column(name = "decide_le")
    public Instant decideLe;

    @Column(name = "decide_par")
    public String decidePar;

    @Column(name = "motif_rejet")
    public String motifRejet;

    @Column(name = "attendu_annonce_le")
    public Instant attenduAnnonceLe;

    @Version
    public long version;

    public static List<Rapport> deLaConvention(UUID conventionId) {
        return list("conventionId = ?1 order by mois, type", conventionId);
    }
}

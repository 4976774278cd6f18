package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a file's history: who moved it, when, from which status to which, and why. Append-only. */
@Entity
@Table(name = "historique_statut")
public class HistoriqueStatut extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "candidature_id")
    public UUID candidatureId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ancien_statut")
    public StatutCandidature ancienStatut;
    @Enumerated(EnumType.STRING)
    @Column(name = "nouveau_statut")
    public StatutCandidature nouveauStatut;
    public String acteur;
    public Instant instant;
    public String motif;
}

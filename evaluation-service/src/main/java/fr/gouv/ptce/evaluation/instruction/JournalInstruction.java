package fr.gouv.ptce.evaluation.instruction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a file's append-only history: what happened, in which status, by whom, why. */
@Entity
@Table(name = "instruction_journal")
public class JournalInstruction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "candidature_id")
    public UUID candidatureId;

    public String action;
    public String statut;
    public String acteur;
    public String commentaire;

    @Column(name = "survenu_le")
    public Instant survenuLe;
}

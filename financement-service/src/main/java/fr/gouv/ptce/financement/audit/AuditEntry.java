package fr.gouv.ptce.financement.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the append-only audit trail (the table refuses updates and deletes). */
@Entity
@Table(name = "audit_financement")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "objet_type")
    public String objetType;

    @Column(name = "objet_id")
    public String objetId;

    public String action;
    public String acteur;
    public Instant instant;
    public String avant;
    public String apres;
}

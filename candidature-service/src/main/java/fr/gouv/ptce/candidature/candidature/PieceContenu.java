package fr.gouv.ptce.candidature.candidature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of an attachment (PostgreSQL bytea). */
@Entity
@Table(name = "piece_contenu")
public class PieceContenu extends PanacheEntityBase {

    @Id
    @Column(name = "piece_id")
    public UUID pieceId;
    public byte[] contenu;
}

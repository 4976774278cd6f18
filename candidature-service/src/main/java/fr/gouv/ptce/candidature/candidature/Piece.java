package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.TypePiece;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An attachment's description; its bytes live in {@link PieceContenu}, read only to download. */
@Entity
@Table(name = "piece")
public class Piece extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidature_id")
    public UUID candidatureId;
    @Enumerated(EnumType.STRING)
    public TypePiece type;
    @Column(name = "nom_fichier")
    public String nomFichier;
    @Column(name = "media_type")
    public String mediaType;
    public long taille;
    public String sha256;
    @Column(name = "deposee_le")
    public Instant deposeeLe;
    @Column(name = "deposee_par")
    public String deposeePar;
}

package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.TypePiece;

import java.time.Instant;
import java.util.UUID;

public record PieceVue(UUID id, TypePiece type, String nomFichier, String mediaType, long taille, String sha256,
                       Instant deposeeLe) {

    static PieceVue de(Piece p) {
        return new PieceVue(p.id, p.type, p.nomFichier, p.mediaType, p.taille, p.sha256, p.deposeeLe);
    }
}

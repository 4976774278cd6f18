package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.CycleDeVie;

import fr.gouv.ptce.candidature.config.CandidatureSettings;
import fr.gouv.ptce.candidature.domain.NomDeFichier;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.candidature.domain.TypeFichier;
import fr.gouv.ptce.candidature.domain.TypePiece;
import fr.gouv.ptce.candidature.web.Problemes;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Attachments, kept in PostgreSQL with the file they belong to. Every check (size, ClamAV scan, type)
 * happens before anything is written, so a refused upload leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class PieceService {

    /** What a download needs: the description and the bytes. */
    public record Fichier(String nomFichier, String mediaType, String sha256, byte[] contenu) {
    }

    @Inject
    CandidatureAcces acces;

    @Inject
    CurrentUser user;

    @Inject
    CandidatureSettings settings;

    @Inject
    Clock clock;

    @Inject
    Antivirus antivirus;

    public PieceVue ajouter(UUID candidatureId, TypePiece type, String nomFichier, long taille, byte[] contenu) {
        // The row lock serialises a porteur's parallel uploads so that the 50 MB total holds.
        Candidature c = acces.pourProprietaire(candidatureId);
        exigerModifiable(c, "ajouter une pièce");
        return enregistrer(c, type, nomFichier, taille, contenu, user.sub());
    }

    /**
     * The checks and the storing of an attachment, for a file the caller may change: also used by the
     * Démarches Simplifiées import, whose files pass the same size and type checks as an upload.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PieceVue enregistrer(Candidature c, TypePiece type, String nomFichier, long taille, byte[] contenu,
                                String deposePar) {
        UUID candidatureId = c.id;
        long max = settings.pieces().tailleMaxOctets();
        if (taille > max) {
            throw Problemes.tropGros("La pièce dépasse la taille maximale de " + enMo(max) + " Mo.");
        }
        long total = totalDesPieces(candidatureId);
        long totalMax = settings.pieces().totalMaxOctets();
        if (total + taille > totalMax) {
            throw Problemes.tropGros("Les pièces de la candidature dépasseraient " + enMo(totalMax) + " Mo au total (déjà "
                    + total + " octets).");
        }
        // Scanned before anything else is judged of its content: an infected file is named as such.
        antivirus.exigerSain(contenu);
        TypeFichier reel = TypeFichier.reconnaitre(contenu).orElseThrow(() -> Problemes.typeRefuse(
                "Le contenu du fichier n'est pas un PDF, ODT, DOCX, XLSX, PNG ou JPEG."));
        String nom = NomDeFichier.nettoyer(nomFichier);
        if (TypeFichier.extensionContredit(nom, reel)) {
            throw Problemes.typeRefuse("Le nom « " + nom + " » ne correspond pas au contenu réel du fichier (" + reel + ").");
        }
        Piece p = new Piece();
        p.id = UUID.randomUUID();
        p.candidatureId = candidatureId;
        p.type = type;
        p.nomFichier = nom;
        p.mediaType = reel.mediaType();
        p.taille = contenu.length;
        p.sha256 = sha256(contenu);
        p.deposeeLe = clock.instant();
        p.deposeePar = deposePar;
        p.persist();
        PieceContenu pc = new PieceContenu();
        pc.pieceId = p.id;
        pc.contenu = contenu;
        pc.persist();
        c.modifieeLe = clock.instant();
        return PieceVue.de(p);
    }

    public void supprimer(UUID candidatureId, UUID pieceId) {
        Candidature c = acces.pourProprietaire(candidatureId);
        exigerModifiable(c, "supprimer une pièce");
        Piece p = Piece.find("id = ?1 and candidatureId = ?2", pieceId, candidatureId).firstResult();
        if (p == null) {
            throw ProblemException.notFound("Aucune pièce " + pieceId + " dans cette candidature.");
        }
        PieceContenu.deleteById(pieceId);
        p.delete();
        c.modifieeLe = clock.instant();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PieceVue> lister(UUID candidatureId) {
        acces.pourLecture(candidatureId);
        return LectureCandidature.pieces(candidatureId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Fichier telecharger(UUID candidatureId, UUID pieceId) {
        acces.pourLecture(candidatureId);
        Piece p = Piece.find("id = ?1 and candidatureId = ?2", pieceId, candidatureId).firstResult();
        if (p == null) {
            throw ProblemException.notFound("Aucune pièce " + pieceId + " dans cette candidature.");
        }
        PieceContenu contenu = PieceContenu.findById(pieceId);
        return new Fichier(p.nomFichier, p.mediaType, p.sha256, contenu.contenu);
    }

    private long totalDesPieces(UUID candidatureId) {
        Long total = Piece.getEntityManager()
                .createQuery("select coalesce(sum(p.taille), 0) from Piece p where p.candidatureId = :id", Long.class)
                .setParameter("id", candidatureId).getSingleResult();
        return total == null ? 0 : total;
    }

    private static void exigerModifiable(Candidature c, String action) {
        if (!StatutCandidature.MODIFIABLES.contains(c.statut)) {
            throw CycleDeVie.refus(c.statut, action);
        }
    }

    private static long enMo(long octets) {
        return octets / (1024 * 1024);
    }

    static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

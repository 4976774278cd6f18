package fr.gouv.ptce.candidature.candidature;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.domain.Phase;
import fr.gouv.ptce.candidature.web.Json;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.UUID;

/**
 * What an application's view shows besides its own row — its campaign's code and phase, its
 * attachments (by deposit, then id) and its history (by id) — read in one SQL statement: each database
 * round trip costs more than the work of these small queries, and a GET used to make four of them.
 * The attachments and the history come as JSON arrays built by PostgreSQL, whose keys are the
 * components of {@link PieceVue} and {@link CandidatureVue.Historique}: this is the one place that
 * maps stored rows to those views ({@link PieceVue#de} maps the piece an upload has just written).
 * Nothing is kept across requests (campaigns can be edited).
 */
final class LectureCandidature {

    /** The view's additions to the application's row. */
    record Annexes(String campagneCode, Phase phase, List<PieceVue> pieces, List<CandidatureVue.Historique> historique) {
    }

    /** An application as read from the database, with its annexes. */
    record Lue(Candidature candidature, Annexes annexes) {
    }

    private static final TypeReference<List<PieceVue>> PIECES = new TypeReference<>() { };
    private static final TypeReference<List<CandidatureVue.Historique>> HISTORIQUE = new TypeReference<>() { };

    /** The attachments of application {@code :id}, as a JSON array of {@link PieceVue}. */
    private static final String PIECES_JSON = """
            (select cast(coalesce(json_agg(json_build_object('id', p.id, 'type', p.type, 'nomFichier', p.nom_fichier,
                            'mediaType', p.media_type, 'taille', p.taille, 'sha256', p.sha256, 'deposeeLe', p.deposee_le)
                        order by p.deposee_le, p.id), '[]') as text)
               from piece p where p.candidature_id = :id)""";

    /** The history of application {@code :id}, as a JSON array of {@link CandidatureVue.Historique}. */
    private static final String HISTORIQUE_JSON = """
            (select cast(coalesce(json_agg(json_build_object('ancienStatut', h.ancien_statut,
                            'nouveauStatut', h.nouveau_statut, 'acteur', h.acteur, 'instant', h.instant, 'motif', h.motif)
                        order by h.id), '[]') as text)
               from historique_statut h where h.candidature_id = :id)""";

    /** The annexes' columns, campaign {@code k} joined by the caller. */
    private static final String ANNEXES = "k.code as campagne_code, k.phase as campagne_phase, "
            + PIECES_JSON + " as pieces, " + HISTORIQUE_JSON + " as historique";

    private LectureCandidature() {
    }

    /** The application with its annexes (the application is managed, as by findById), or null if unknown. */
    static Lue lire(UUID id) {
        NativeQuery<?> requete = Candidature.getSession().createNativeQuery("select {c.*}, " + ANNEXES
                        + " from candidature c join campagne k on k.id = c.campagne_id where c.id = :id")
                .addEntity("c", Candidature.class);
        List<?> lignes = avecAnnexes(requete, id).getResultList();
        if (lignes.isEmpty()) {
            return null;
        }
        Object[] ligne = (Object[]) lignes.get(0);
        return new Lue((Candidature) ligne[0], annexes(ligne, 1));
    }

    /**
     * The annexes of an application already loaded (after a change, in the transaction that made it):
     * attachments and history lines still pending in the session are flushed first.
     */
    static Annexes annexes(Candidature c) {
        NativeQuery<?> requete = Candidature.getSession()
                .createNativeQuery("select " + ANNEXES + " from campagne k where k.id = :campagneId")
                .setParameter("campagneId", c.campagneId)
                .addSynchronizedEntityClass(Piece.class)
                .addSynchronizedEntityClass(HistoriqueStatut.class)
                .addSynchronizedEntityClass(Campagne.class);
        return annexes((Object[]) avecAnnexes(requete, c.id).getSingleResult(), 0);
    }

    /** The attachments' descriptions of an application, by deposit then id. */
    static List<PieceVue> pieces(UUID candidatureId) {
        Object json = Candidature.getSession().createNativeQuery("select " + PIECES_JSON + " as pieces")
                .setParameter("id", candidatureId)
                .addScalar("pieces", String.class)
                .addSynchronizedEntityClass(Piece.class)
                .getSingleResult();
        return Json.lire((String) json, PIECES);
    }

    /** The annexes' columns, after what {@code requete} already returns; {@code id} is the application's. */
    private static NativeQuery<?> avecAnnexes(NativeQuery<?> requete, UUID id) {
        return requete.setParameter("id", id)
                .addScalar("campagne_code", String.class)
                .addScalar("campagne_phase", String.class)
                .addScalar("pieces", String.class)
                .addScalar("historique", String.class);
    }

    private static Annexes annexes(Object[] ligne, int debut) {
        return new Annexes((String) ligne[debut], Phase.valueOf((String) ligne[debut + 1]),
                Json.lire((String) ligne[debut + 2], PIECES), Json.lire((String) ligne[debut + 3], HISTORIQUE));
    }
}

package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.candidature.DepotExterne;
import fr.gouv.ptce.candidature.candidature.Historique;
import fr.gouv.ptce.candidature.domain.ActionDs;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.candidature.candidature.Piece;
import fr.gouv.ptce.candidature.candidature.PieceContenu;
import fr.gouv.ptce.candidature.candidature.PieceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One DS dossier → one application, in one transaction (its events leave through the outbox with
 * it). Keyed by the DS dossier number: a second run with the same content and state does nothing.
 */
@ApplicationScoped
public class ImportDossierDs {

    @Inject
    Clock clock;

    @Inject
    DepotExterne depot;

    @Inject
    PieceService pieces;

    @Inject
    Historique historique;

    @Inject
    FileEcrituresDs ecritures;

    @Inject
    ObjectMapper mapper;

    /** Whether the dossier is already imported exactly as read (then nothing is downloaded nor written). */
    @Transactional // its own session: a request-scoped one would serve entities cached earlier in the request
    public boolean inchange(DossierLu lu) {
        DossierDsLien lien = DossierDsLien.findById(lu.numero());
        return lien != null && lien.empreinte.equals(lu.empreinte()) && lien.etatDs.equals(lu.etat().valeurDs())
                && lien.correctionEnAttenteDs == lu.correctionEnAttente();
    }

    /** Whether the files must be read: a new dossier, or one whose content changed while we may still take it. */
    @Transactional // its own session: a request-scoped one would serve entities cached earlier in the request
    public boolean contenuAPrendre(DossierLu lu) {
        DossierDsLien lien = DossierDsLien.findById(lu.numero());
        if (lien == null) {
            return lu.etat().importable();
        }
        if (lien.empreinte.equals(lu.empreinte())) {
            return false;
        }
        Candidature c = Candidature.findById(lien.candidatureId);
        return c != null && StatutCandidature.MODIFIABLES.contains(c.statut) && !attendLeDemandeur(c, lien, lu);
    }

    /** Our correction request was sent and this read shows it no longer pending: the applicant's answer, or a stale read. */
    @Transactional
    public boolean semblableAUneReponseDeCorrection(DossierLu lu) {
        DossierDsLien lien = DossierDsLien.findById(lu.numero());
        if (lien == null || lu.correctionEnAttente()) {
            return false;
        }
        Candidature c = Candidature.findById(lien.candidatureId);
        return c != null && correctionEnvoyee(c, lien);
    }

    /** Our correction request is on DS and the applicant has not answered it yet: nothing to take. */
    private static boolean attendLeDemandeur(Candidature c, DossierDsLien lien, DossierLu lu) {
        return correctionEnvoyee(c, lien) && lu.correctionEnAttente();
    }

    /** The file waits for corrections that were asked for through DS (not only here). */
    private static boolean correctionEnvoyee(Candidature c, DossierDsLien lien) {
        return c.statut == StatutCandidature.CORRECTIONS_DEMANDEES && lien.correctionEnvoyeeLe != null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public IssueImport appliquer(UUID campagneId, DossierLu lu, Map<DossierLu.FichierDs, byte[]> contenus) {
        Campagne k = Campagne.findById(campagneId);
        Instant maintenant = clock.instant();
        String acteur = "Démarches Simplifiées (dossier n° " + lu.numero() + ")";
        DossierDsLien lien = DossierDsLien.findById(lu.numero(), LockModeType.PESSIMISTIC_WRITE);
        if (lien != null && !lien.campagneId.equals(campagneId)) {
            return IssueImport.ignore("dossier déjà importé dans une autre campagne (" + lien.campagneId + ")");
        }
        if (lien == null) {
            if (!lu.etat().importable()) {
                return IssueImport.ignore("dossier déjà « " + lu.etat().valeurDs()
                        + " » sur Démarches Simplifiées : décidé hors de la plateforme, non importé");
            }
            Candidature c = depot.creer(k, porteurSub(lu), lu.contenu(), acteur, maintenant,
                    "Dossier n° " + lu.numero() + " importé de Démarches Simplifiées");
            remplacerPieces(c, contenus, acteur);
            lien = new DossierDsLien();
            lien.numeroDossier = lu.numero();
            lien.campagneId = campagneId;
            lien.candidatureId = c.id;
            lien.importeLe = maintenant;
            noter(lien, lu, maintenant);
            lien.persist();
            evaluer(c, k, lien, lu, acteur, maintenant);
            return IssueImport.de(IssueImport.Type.CREE);
        }
        Candidature c = Candidature.findById(lien.candidatureId, LockModeType.PESSIMISTIC_WRITE);
        boolean contenuChange = !lien.empreinte.equals(lu.empreinte());
        if (correctionEnvoyee(c, lien)) {
            return retourDeCorrection(c, k, lien, lu, contenus, contenuChange, acteur, maintenant);
        }
        noter(lien, lu, maintenant);
        if (!contenuChange) {
            return IssueImport.de(IssueImport.Type.INCHANGE); // only DS's state moved (our write-back, or a DS agent)
        }
        if (!StatutCandidature.MODIFIABLES.contains(c.statut)) {
            return IssueImport.ignore("dossier modifié sur Démarches Simplifiées alors que la candidature est " + c.statut
                    + " : le contenu déposé reste celui du dépôt, comme sur la plateforme");
        }
        depot.remplacerContenu(c, lu.contenu(), maintenant);
        remplacerPieces(c, contenus, acteur);
        evaluer(c, k, lien, lu, acteur, maintenant);
        return IssueImport.de(IssueImport.Type.MIS_A_JOUR);
    }

    /**
     * The applicant was asked on DS to correct the dossier. While DS still shows the request pending,
     * only DS's state is noted (the content is taken once, when the applicant has finished); once it
     * is answered, the changed fields and files are taken, the history names them, and the file goes
     * back to the instructeur (re-submitted: candidature.redeposee), or stays with its failed rules.
     */
    private IssueImport retourDeCorrection(Candidature c, Campagne k, DossierDsLien lien, DossierLu lu,
                                           Map<DossierLu.FichierDs, byte[]> contenus, boolean contenuChange,
                                           String acteur, Instant maintenant) {
        lien.etatDs = lu.etat().valeurDs();
        lien.correctionEnAttenteDs = lu.correctionEnAttente();
        lien.misAJourLe = maintenant;
        if (lu.correctionEnAttente()) {
            return IssueImport.de(IssueImport.Type.INCHANGE); // empreinte kept: the changes are taken when answered
        }
        String changements = ChangementsDossier.decrire(mapper, lien.contenuLu, lien.fichiersLus,
                ChangementsDossier.contenuJson(mapper, lu), ChangementsDossier.fichiersJson(mapper, lu));
        if (contenuChange) {
            depot.remplacerContenu(c, lu.contenu(), maintenant);
            remplacerPieces(c, contenus, acteur);
        }
        noter(lien, lu, maintenant);
        lien.correctionEnvoyeeLe = null;
        historique.noter(c, c.statut, c.statut, acteur, maintenant,
                "Corrections apportées par le demandeur sur Démarches Simplifiées : " + changements);
        evaluer(c, k, lien, lu, acteur, maintenant);
        return IssueImport.de(IssueImport.Type.MIS_A_JOUR);
    }

    /**
     * Submits the file if every rule holds; otherwise keeps it (draft, or corrections awaited) with
     * its failed rules in the link and in its history, until DS brings a corrected version.
     */
    private void evaluer(Candidature c, Campagne k, DossierDsLien lien, DossierLu lu, String acteur, Instant maintenant) {
        List<ViolationRegle> violations = depot.verifier(c, k, lu.dateDepot());
        if (violations.isEmpty()) {
            boolean premier = c.statut == StatutCandidature.BROUILLON;
            lien.reglesEchouees = null;
            depot.deposer(c, k, acteur, premier && lu.dateDepot() != null ? lu.dateDepot() : maintenant,
                    premier ? "Dossier déposé sur Démarches Simplifiées" : "Dossier corrigé sur Démarches Simplifiées, déposé à nouveau");
            return;
        }
        String regles = violations.stream().map(ViolationRegle::regle).distinct().collect(Collectors.joining(","));
        if (!regles.equals(lien.reglesEchouees)) {
            historique.noter(c, c.statut, c.statut, acteur, maintenant, "Dossier non éligible, conservé sans dépôt "
                    + "(inéligible, en attente du demandeur) : "
                    + violations.stream().map(v -> v.regle() + " (" + v.champ() + ")").collect(Collectors.joining(", ")));
            // the applicant is told on DS, once per set of failed rules (nothing if the campaign does not write back)
            lien.reglesEchouees = regles;
            lien.persist();
            ecritures.demander(c.id, ActionDs.SIGNALER_INELIGIBILITE, MessagesDs.ineligibilite(lu.numero(), violations));
        }
        lien.reglesEchouees = regles;
    }

    private void remplacerPieces(Candidature c, Map<DossierLu.FichierDs, byte[]> contenus, String acteur) {
        for (Piece p : Piece.<Piece>list("candidatureId", c.id)) {
            PieceContenu.deleteById(p.id);
            p.delete();
        }
        Piece.flush();
        for (Map.Entry<DossierLu.FichierDs, byte[]> e : contenus.entrySet()) {
            DossierLu.FichierDs f = e.getKey();
            pieces.enregistrer(c, f.type(), f.nom() == null ? f.type().name().toLowerCase(Locale.ROOT) : f.nom(),
                    e.getValue().length, e.getValue(), acteur);
        }
    }

    private void noter(DossierDsLien lien, DossierLu lu, Instant maintenant) {
        lien.dossierId = lu.id();
        lien.empreinte = lu.empreinte();
        lien.etatDs = lu.etat().valeurDs();
        lien.correctionEnAttenteDs = lu.correctionEnAttente();
        lien.contenuLu = ChangementsDossier.contenuJson(mapper, lu);
        lien.fichiersLus = ChangementsDossier.fichiersJson(mapper, lu);
        lien.misAJourLe = maintenant;
    }

    /**
     * A DS applicant has no account here: the owner is named after its DS account, so that the files of
     * one DS user share an owner, and no platform porteur can reach them.
     */
    static String porteurSub(DossierLu lu) {
        return Optional.ofNullable(lu.emailUsager()).map(e -> "ds:" + e.toLowerCase(Locale.ROOT))
                .filter(s -> s.length() <= 200).orElse("ds:dossier-" + lu.numero());
    }
}

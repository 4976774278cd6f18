package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.domain.CategoriesJuridiques;
import fr.gouv.ptce.candidature.domain.CycleDeVie;
import fr.gouv.ptce.candidature.domain.Eligibilite;
import fr.gouv.ptce.candidature.domain.FenetreDepot;
import fr.gouv.ptce.candidature.domain.NumeroCandidature;
import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.commons.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The application's creation and submission path for a file filed on another channel (Démarches
 * Simplifiées), with no porteur connected: same content mapping, eligibility rules, numbering,
 * history and events as {@link CandidatureService}, only the checks of the caller are left out.
 * Where the API answers 409/422, this path reports the rules that fail and lets the caller keep the
 * file as a draft.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DepotExterne {

    /** Extra rules of an outside submission, reported like eligibility rules. */
    public static final String HORS_DELAI = "DEPOT_HORS_DELAI";
    public static final String CANDIDATURE_EXISTANTE = "CANDIDATURE_EXISTANTE";

    @Inject
    CandidatureService service;

    @Inject
    Historique historique;

    @Inject
    Outbox outbox;

    @Inject
    ReferentielTerritorial referentiel;

    @Inject
    CategoriesJuridiques categories;

    public Candidature creer(Campagne k, String porteurSub, ContenuCandidature contenu, String acteur, Instant maintenant,
                             String motif) {
        Candidature c = new Candidature();
        c.id = UUID.randomUUID();
        c.campagneId = k.id;
        c.porteurSub = porteurSub;
        c.statut = StatutCandidature.BROUILLON;
        c.creeeLe = maintenant;
        c.modifieeLe = maintenant;
        CandidatureMapping.appliquer(c, contenu);
        service.localiser(c);
        c.persist();
        historique.noter(c, null, StatutCandidature.BROUILLON, acteur, maintenant, motif);
        return c;
    }

    public void remplacerContenu(Candidature c, ContenuCandidature contenu, Instant maintenant) {
        CandidatureMapping.appliquer(c, contenu);
        service.localiser(c);
        c.modifieeLe = maintenant;
    }

    /**
     * Every rule the file breaks if submitted now, filed at {@code deposeeLe} on the other channel: the
     * campaign's window is judged at that instant (a sync running after closing still takes a file
     * filed in time), then the one-live-application rule, then eligibility.
     */
    public List<ViolationRegle> verifier(Candidature c, Campagne k, Instant deposeeLe) {
        List<ViolationRegle> v = new ArrayList<>();
        boolean premierDepot = c.statut == StatutCandidature.BROUILLON;
        if (premierDepot) {
            FenetreDepot fenetre = new FenetreDepot(k.ouverture, k.finDepot);
            if (deposeeLe == null || !k.estPubliee() || !fenetre.estOuverte(deposeeLe)) {
                v.add(new ViolationRegle(HORS_DELAI, "dateDepot", "le dossier a été déposé hors de la période de dépôt de la campagne "
                        + k.code));
            }
            if (c.siret != null && service.structureADejaUneCandidature(k, c)) {
                v.add(new ViolationRegle(CANDIDATURE_EXISTANTE, "structure.siret", "la structure " + c.siret
                        + " a déjà une candidature en cours dans la campagne " + k.code));
            }
        }
        v.addAll(Eligibilite.verifier(service.dossier(c, k, premierDepot), referentiel, categories));
        return v;
    }

    /**
     * Submits (first time: number and candidature.deposee; after corrections: candidature.redeposee).
     * The caller has checked {@link #verifier} first.
     */
    public void deposer(Candidature c, Campagne k, String acteur, Instant maintenant, String motif) {
        StatutCandidature ancien = c.statut;
        StatutCandidature nouveau = CycleDeVie.deposer(ancien);
        boolean premierDepot = ancien == StatutCandidature.BROUILLON;
        service.localiser(c);
        if (c.numero == null) {
            int annee = k.ouverture.atZone(FenetreDepot.PARIS).getYear();
            c.numero = NumeroCandidature.formater(annee, k.phase, service.prochainRang(annee, k.phase));
            CandidatureMapping.majRecherche(c);
        }
        c.statut = nouveau;
        c.deposeeLe = premierDepot ? maintenant : c.deposeeLe;
        c.modifieeLe = maintenant;
        historique.noter(c, ancien, nouveau, acteur, maintenant, motif);
        if (premierDepot) {
            outbox.publish(c.id, EvenementsCandidature.deposee(c, k, maintenant));
        } else {
            outbox.publish(c.id, EvenementsCandidature.redeposee(c, k, maintenant));
        }
    }
}

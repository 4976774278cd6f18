package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.commons.concurrence.Versions;

import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.domain.CategoriesJuridiques;
import fr.gouv.ptce.candidature.domain.CycleDeVie;
import fr.gouv.ptce.candidature.domain.Eligibilite;
import fr.gouv.ptce.candidature.domain.FenetreDepot;
import fr.gouv.ptce.candidature.domain.NumeroCandidature;
import fr.gouv.ptce.candidature.domain.Phase;
import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.candidature.domain.Territoire;
import fr.gouv.ptce.candidature.domain.TypePiece;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.candidature.structure.StructureService;
import fr.gouv.ptce.candidature.structure.VerificationSirene;
import fr.gouv.ptce.candidature.web.Problemes;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.verrous.VerrouConsultatif;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a porteur does with its applications: draft, edit, submit, withdraw. */
@ApplicationScoped
@Transactional
public class CandidatureService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    CandidatureAcces acces;

    @Inject
    Outbox outbox;

    @Inject
    StructureService structures;

    @Inject
    VerificationSirene sirene;

    @Inject
    Historique historique;

    @Inject
    ReferentielTerritorial referentiel;

    @Inject
    CategoriesJuridiques categories;

    @Inject
    References references;

    public CandidatureVue creer(NouvelleCandidature demande) {
        Campagne k = Campagne.findById(demande.campagneId());
        if (k == null || !k.estPubliee()) {
            throw ProblemException.badRequest("campagneId", "campagne inconnue ou non publiée");
        }
        references.verifier(demande.contenu());
        Instant maintenant = clock.instant();
        Candidature c = new Candidature();
        c.id = UUID.randomUUID();
        c.campagneId = k.id;
        c.porteurSub = user.sub();
        c.statut = StatutCandidature.BROUILLON;
        c.creeeLe = maintenant;
        c.modifieeLe = maintenant;
        CandidatureMapping.appliquer(c, demande.contenu());
        localiser(c);
        c.persist();
        historique.noter(c, null, StatutCandidature.BROUILLON, user.displayName(), maintenant, "Brouillon créé");
        return vue(c);
    }

    public CandidatureVue modifier(UUID id, ContenuCandidature contenu, String ifMatch) {
        Candidature c = acces.pourProprietaire(id);
        Versions.verifier(ifMatch, c.version, false);
        if (!StatutCandidature.MODIFIABLES.contains(c.statut)) {
            throw CycleDeVie.refus(c.statut, "modifier la candidature");
        }
        references.verifier(contenu);
        CandidatureMapping.appliquer(c, contenu);
        localiser(c);
        c.modifieeLe = clock.instant();
        Candidature.flush(); // the new version (@Version), for the answer's ETag
        return vue(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidatureVue lire(UUID id) {
        // One round trip: the file is read with everything its view shows, then the access is judged on it.
        LectureCandidature.Lue lue = LectureCandidature.lire(id);
        Candidature c = acces.pourLecture(id, lue == null ? null : lue.candidature());
        return CandidatureMapping.vue(c, lue.annexes(), references);
    }

    /**
     * Submission. Order of the answers: the status (409), then the campaign window and the one-live-
     * application rule (409), then every eligibility rule at once (422). A re-submission after
     * corrections is not bound by the campaign window: corrections are asked after it closed.
     */
    public CandidatureVue deposer(UUID id) {
        Candidature c = acces.pourProprietaire(id);
        StatutCandidature ancien = c.statut;
        StatutCandidature nouveau;
        nouveau = CycleDeVie.deposer(ancien);
        // A shared lock: the campaign cannot be edited (its window, its status) until this submission
        // commits, yet submissions to the same campaign do not wait for one another.
        Campagne k = Campagne.findById(c.campagneId, LockModeType.PESSIMISTIC_READ);
        Instant maintenant = clock.instant();
        boolean premierDepot = ancien == StatutCandidature.BROUILLON;
        if (premierDepot) {
            FenetreDepot fenetre = new FenetreDepot(k.ouverture, k.finDepot);
            if (!k.estPubliee() || !fenetre.estOuverte(maintenant)) {
                throw ProblemException.conflict("campagne-fermee", "La campagne " + k.code + " n'accepte pas de dépôt à cet instant ("
                        + maintenant.atZone(FenetreDepot.PARIS).toOffsetDateTime() + ") : dépôts du "
                        + k.ouverture.atZone(FenetreDepot.PARIS).toOffsetDateTime() + " au "
                        + fenetre.dernierInstantAccepte().atZone(FenetreDepot.PARIS).toOffsetDateTime() + " inclus.");
            }
            if (c.siret != null && structureADejaUneCandidature(k, c)) {
                throw ProblemException.conflict("candidature-existante",
                        "La structure " + c.siret + " a déjà une candidature en cours dans la campagne " + k.code + ".");
            }
        }
        Eligibilite.Dossier dossier = dossier(c, k, premierDepot);
        List<ViolationRegle> violations = new ArrayList<>(Eligibilite.verifier(dossier, referentiel, categories));
        // What INSEE's register says of the SIRETs (nothing when API Sirene is not configured; 503 when it
        // cannot answer): read before anything of the submission is written.
        violations.addAll(sirene.verifier(dossier));
        if (!violations.isEmpty()) {
            throw Problemes.regles("candidature-non-eligible", violations.size()
                    + " règle(s) d'éligibilité non respectée(s) : " + violations.stream().map(ViolationRegle::regle)
                    .collect(Collectors.joining(", ")) + ".", violations);
        }
        localiser(c);
        if (c.numero == null) {
            int annee = k.ouverture.atZone(FenetreDepot.PARIS).getYear();
            c.numero = NumeroCandidature.formater(annee, k.phase, prochainRang(annee, k.phase));
            CandidatureMapping.majRecherche(c);
        }
        c.statut = nouveau;
        c.deposeeLe = premierDepot ? maintenant : c.deposeeLe;
        c.modifieeLe = maintenant;
        historique.noter(c, ancien, nouveau, user.displayName(), maintenant,
                premierDepot ? "Candidature déposée" : "Candidature déposée à nouveau après corrections");
        if (premierDepot) {
            outbox.publish(c.id, EvenementsCandidature.deposee(c, k, maintenant));
        } else {
            outbox.publish(c.id, EvenementsCandidature.redeposee(c, k, maintenant));
        }
        return vue(c);
    }

    public CandidatureVue retirer(UUID id, String motif) {
        Candidature c = acces.pourProprietaire(id);
        StatutCandidature ancien = c.statut;
        StatutCandidature nouveau;
        nouveau = CycleDeVie.retirer(ancien);
        Instant maintenant = clock.instant();
        c.statut = nouveau;
        c.modifieeLe = maintenant;
        historique.noter(c, ancien, nouveau, user.displayName(), maintenant, motif == null ? "Retrait par le porteur" : motif);
        if (c.numero != null) { // a draft was never announced: its withdrawal concerns no other service
            Campagne k = Campagne.findById(c.campagneId);
            outbox.publish(c.id, EvenementsCandidature.retiree(c, k, motif, ancien, maintenant));
        }
        return vue(c);
    }

    /**
     * The one-live-application-per-structure rule. Two submissions of the same SIRET in the same
     * campaign are serialised by a transaction-scoped advisory lock on (campaign, SIRET), so the
     * second one sees the first; submissions of different structures never wait for each other.
     */
    boolean structureADejaUneCandidature(Campagne k, Candidature c) {
        Candidature.getEntityManager()
                .createNativeQuery("select cast(pg_advisory_xact_lock(" + VerrouConsultatif.DEPOT_STRUCTURE.sql("?1") + ") as text)")
                .setParameter(1, VerrouConsultatif.DEPOT_STRUCTURE.texte(k.id + ":" + c.siret)).getSingleResult();
        return Candidature.count("campagneId = ?1 and siret = ?2 and statut in ?3 and id <> ?4",
                k.id, c.siret, StatutCandidature.VIVANTES, c.id) > 0;
    }

    Eligibilite.Dossier dossier(Candidature c, Campagne k, boolean premierDepot) {
        Set<TypePiece> types = EnumSet.noneOf(TypePiece.class);
        Piece.<Piece>find("candidatureId", c.id).stream().forEach(p -> types.add(p.type));
        // Phase-2 eligibility is judged at the first submission; a later re-submission keeps it.
        boolean eligiblePhase2 = k.phase != Phase.PHASE_2 || !premierDepot
                || (c.siret != null && structures.eligibilite(c.siret).eligible());
        return new Eligibilite.Dossier(k.phase, c.siret, c.raisonSociale, c.formeJuridique, c.codeCommune,
                CandidatureMapping.membresDomaine(c), types, c.projetDescription, c.contactNom, c.contactEmail,
                eligiblePhase2);
    }

    long prochainRang(int annee, Phase phase) {
        Number rang = (Number) Candidature.getEntityManager().createNativeQuery("""
                        insert into compteur_numero (annee, phase, dernier) values (?1, ?2, 1)
                        on conflict (annee, phase) do update set dernier = compteur_numero.dernier + 1
                        returning dernier""")
                .setParameter(1, annee).setParameter(2, phase.name()).getSingleResult();
        return rang.longValue();
    }

    /** Département and région of the commune; a merged commune's code becomes its current commune's. */
    void localiser(Candidature c) {
        Territoire t = referentiel.localiser(c.codeCommune).orElse(null);
        c.codeCommune = t == null ? c.codeCommune : t.codeCommune();
        c.departement = t == null ? null : t.departement();
        c.region = t == null ? null : t.region();
    }

    /** The view of a file already loaded (after a change, or for the porteur's archive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CandidatureVue vue(Candidature c) {
        return CandidatureMapping.vue(c, LectureCandidature.annexes(c), references);
    }
}

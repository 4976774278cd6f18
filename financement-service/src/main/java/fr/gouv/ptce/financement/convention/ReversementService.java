package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.domain.PlafondReversement;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutReversement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Clawbacks, from the request to the recovery. Every step locks the agreement's row first, so that
 * the clawbacks of one agreement, its payments and its termination are applied one at a time and
 * the ceiling (what was paid, net of the clawbacks not cancelled) cannot be passed by two requests
 * at once, whatever the number of replicas.
 */
@ApplicationScoped
@Transactional
public class ReversementService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    @Inject
    FinancementEvents events;

    @Inject
    ConventionService conventions;

    @Inject
    ExamenEcheancier examen;

    /** A clawback on a signed, completed or terminated agreement (gestionnaire). */
    public ReversementVue demander(UUID conventionId, BigDecimal montant, String motif) {
        conventions.accessible(conventionId);
        Convention c = Convention.verrouiller(conventionId).orElseThrow();
        if (c.statut == StatutConvention.A_SIGNER) {
            throw new TransitionInterditeException(c.statut, "demande de reversement",
                    "rien n'a été versé sur une convention qui n'est pas signée");
        }
        long centimes;
        try {
            centimes = Montant.euros(montant).centimes();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("montant", "au plus deux décimales");
        }
        return ReversementVue.de(creer(c, centimes, motif.strip(), user.sub()));
    }

    /**
     * Records a clawback request in the caller's transaction, the agreement already locked: refused
     * (409 reversement-excedentaire) above what was paid net of the clawbacks not cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Reversement creer(Convention c, long montantCentimes, String motif, String acteur) {
        PlafondReversement.verifier(montantCentimes, c.payeCentimes, Reversement.demandeNonAnnule(c.id));
        Reversement rev = new Reversement();
        rev.id = UUID.randomUUID();
        rev.conventionId = c.id;
        rev.montantCentimes = montantCentimes;
        rev.motif = motif;
        rev.statut = StatutReversement.DEMANDE;
        rev.demandeLe = clock.instant();
        rev.demandePar = acteur;
        rev.persist();
        audit.noter("reversement", rev.id, "DEMANDE", acteur, null, "DEMANDE montant=" + montantCentimes);
        audit.noter("convention", c.id, "REVERSEMENT_DEMANDE", acteur, c.statut,
                c.statut + " reversement=" + montantCentimes);
        events.reversement(c, rev);
        return rev;
    }

    /** DEMANDE → TITRE_EMIS: the collection order was issued under {@code reference} (unique). */
    public ReversementVue emettreTitre(UUID id, String reference) {
        Reversement r = verrouille(id);
        StatutReversement avant = r.statut;
        StatutReversement apres = r.statut.vers(StatutReversement.TITRE_EMIS);
        // checked before anything changes: the query would flush a half-changed row
        if (Reversement.count("referenceTitre", reference) > 0) {
            throw ProblemException.conflict("reference-titre-deja-utilisee",
                    "La référence de titre " + reference + " a déjà servi à un autre reversement.");
        }
        r.statut = apres;
        r.referenceTitre = reference;
        r.titreEmisLe = clock.instant();
        r.titreEmisPar = user.sub();
        audit.noter("reversement", r.id, "TITRE_EMIS", user.sub(), avant, r.statut + " ref=" + reference);
        events.titreEmis(convention(r), r);
        return ReversementVue.de(r);
    }

    /** TITRE_EMIS → RECOUVRE on the accounting date {@code date} (not in the future). */
    public ReversementVue recouvrer(UUID id, LocalDate date) {
        Reversement r = verrouille(id);
        if (date.isAfter(examen.aujourdhui())) {
            throw ProblemException.badRequest("dateRecouvrement", "la date de recouvrement ne peut pas être dans le futur");
        }
        StatutReversement avant = r.statut;
        r.statut = r.statut.vers(StatutReversement.RECOUVRE);
        r.dateRecouvrement = date;
        r.recouvreLe = clock.instant();
        r.recouvrePar = user.sub();
        audit.noter("reversement", r.id, "RECOUVREMENT", user.sub(), avant, r.statut + " le " + date);
        events.recouvre(convention(r), r);
        return ReversementVue.de(r);
    }

    /** DEMANDE or TITRE_EMIS → ANNULE: the porteur owes nothing more under this clawback. */
    public ReversementVue annuler(UUID id, String motif) {
        Reversement r = verrouille(id);
        StatutReversement avant = r.statut;
        r.statut = r.statut.vers(StatutReversement.ANNULE);
        r.motifAnnulation = motif.strip();
        r.annuleLe = clock.instant();
        r.annulePar = user.sub();
        audit.noter("reversement", r.id, "ANNULATION", user.sub(), avant, r.statut);
        events.reversementAnnule(convention(r), r);
        return ReversementVue.de(r);
    }

    /** For the gestionnaire; a porteur reads its clawbacks within its agreement (GET /conventions/{id}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReversementVue lire(UUID id) {
        Reversement r = Reversement.findById(id);
        if (r == null || !conventions.gereeParLAppelant(r.conventionId)) {
            throw introuvable(id);
        }
        return ReversementVue.de(r);
    }

    /** The clawback, its agreement's row locked (the same lock as payments and termination). */
    private Reversement verrouille(UUID id) {
        Reversement r = Reversement.findById(id);
        if (r == null || !conventions.gereeParLAppelant(r.conventionId)) {
            throw introuvable(id);
        }
        Convention.verrouiller(r.conventionId);
        Reversement.getEntityManager().refresh(r);
        return r;
    }

    private static Convention convention(Reversement r) {
        return Convention.findById(r.conventionId);
    }

    private static ProblemException introuvable(UUID id) {
        return ProblemException.notFound("Aucun reversement " + id + ".");
    }
}

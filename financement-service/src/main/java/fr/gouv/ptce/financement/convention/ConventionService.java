package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.page.Curseur;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.portee.Portee;

import fr.gouv.ptce.commons.valeurs.Montant;

import fr.gouv.ptce.events.LaureatPhase2Desiste;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.campagne.Enveloppe;
import fr.gouv.ptce.commons.concurrence.Versions;
import fr.gouv.ptce.financement.domain.Calendrier;
import fr.gouv.ptce.financement.domain.PlafondReversement;
import fr.gouv.ptce.financement.domain.Resiliation;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.domain.StatutRapport;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Agreements: reading (ownership checked here), signature, termination, a lauréat's withdrawal. */
@ApplicationScoped
@Transactional
public class ConventionService {

    private static final Logger LOG = Logger.getLogger(ConventionService.class);

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    @Inject
    FinancementEvents events;

    @Inject
    ExamenEcheancier examen;

    @Inject
    ReversementService reversements;

    /**
     * The agreement if the caller may see it: the gestionnaire those of its territory (all for the
     * national cell), anyone else only the agreements of which it is the porteur. Otherwise 404, so
     * that ids do not leak.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Convention accessible(UUID id) {
        Convention c = Convention.findById(id);
        if (c == null || (!gereeParLAppelant(c) && !c.porteurSub.equals(user.sub()))) {
            throw ProblemException.notFound("Aucune convention " + id + ".");
        }
        return c;
    }

    /** Whether the caller manages this agreement: a gestionnaire whose territory covers its région. */
    public boolean gereeParLAppelant(Convention c) {
        return c != null && user.hasRole(Roles.GESTIONNAIRE) && user.portee().couvre(c.region);
    }

    /** Whether the caller manages the agreement {@code conventionId} (instalments, reports, clawbacks go by it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean gereeParLAppelant(UUID conventionId) {
        return gereeParLAppelant(Convention.<Convention>findById(conventionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConventionVue lire(UUID id) {
        return vue(accessible(id));
    }

    /** Every agreement of the porteur {@code sub}, oldest first (its right of access), with its contact's name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map.Entry<ConventionVue, String>> duPorteur(String sub) {
        return Convention.<Convention>list("porteurSub = ?1 order by creeeLe, id", sub).stream()
                .map(c -> Map.entry(vue(c), c.contactNom == null ? "" : c.contactNom)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConventionVue> lister(UUID campagneId, StatutConvention statut, String curseur, int taille) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!user.hasRole(Roles.GESTIONNAIRE)) {
            q.append(" and porteurSub = :sub");
            p.and("sub", user.sub());
        } else {
            Portee portee = user.portee();
            q.append(" and ").append(portee.condition("region", "regionsPortee"));
            if (portee.aLier()) {
                p.and("regionsPortee", portee.regions());
            }
        }
        if (campagneId != null) {
            q.append(" and campagneId = :campagne");
            p.and("campagne", campagneId);
        }
        if (statut != null) {
            q.append(" and statut = :statut");
            p.and("statut", statut);
        }
        Curseur.Position apres = Curseur.position(curseur);
        if (apres != null) {
            q.append(" and (creeeLe > :apresLe or (creeeLe = :apresLe and id > :apresId))");
            p.and("apresLe", apres.instant()).and("apresId", apres.id());
        }
        q.append(" order by creeeLe, id");
        // one row more than asked tells whether there is a next page
        List<Convention> lignes = Convention.<Convention>find(q.toString(), p).range(0, taille).list();
        return Page.depuis(lignes, taille, this::vue, c -> Curseur.apres(c.creeeLe, c.id));
    }

    /** A_SIGNER → SIGNEE: fixes every date from the signature, then makes payable what already is. */
    public ConventionVue signer(UUID id, LocalDate dateSignature, String ifMatch) {
        Convention c = verrouiller(id);
        verifierVersion(c, ifMatch);
        if (dateSignature.isAfter(examen.aujourdhui())) {
            throw ProblemException.badRequest("dateSignature", "la date de signature ne peut pas être dans le futur");
        }
        StatutConvention avant = c.statut;
        c.statut = c.statut.vers(StatutConvention.SIGNEE);
        c.dateSignature = dateSignature;
        c.dateFin = Calendrier.dateFin(dateSignature, c.dureeMois);
        c.signeeLe = clock.instant();
        for (Echeance e : Echeance.deLaConvention(c.id)) {
            e.dateEcheance = Calendrier.apresSignature(dateSignature, e.mois);
        }
        for (Rapport r : Rapport.deLaConvention(c.id)) {
            r.dateLimite = Calendrier.apresSignature(dateSignature, r.mois);
        }
        audit.noter("convention", c.id, "SIGNATURE", user.sub(), avant, c.statut + " le " + dateSignature);
        events.signee(c);
        examen.examiner(c, user.sub());
        return vue(c);
    }

    /** Terminates the agreement: unpaid instalments cancelled, unpaid commitment back to the envelope, clawback recorded. */
    public ConventionVue resilier(UUID id, ConventionDemandes.Resiliation demande, String ifMatch) {
        Convention c = verrouiller(id);
        verifierVersion(c, ifMatch);
        long reversement;
        try {
            reversement = Montant.euros(demande.montantReversement()).centimes();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("montantReversement", "au plus deux décimales");
        }
        if (reversement > c.payeCentimes) {
            throw ProblemException.badRequest("montantReversement", "le reversement ne peut dépasser ce qui a été payé ("
                    + Montant.centimes(c.payeCentimes) + " €)");
        }
        if (reversement > 0) {
            // what earlier clawbacks already claim cannot be claimed again (409 reversement-excedentaire)
            PlafondReversement.verifier(reversement, c.payeCentimes, Reversement.demandeNonAnnule(c.id));
        }
        terminer(c, demande.motif(), reversement, user.sub());
        return vue(c);
    }

    /**
     * A lauréat withdraws ({@code laureat.phase2.desiste}, in the inbox's transaction). An agreement
     * not yet signed is terminated at once and its amount goes back to the envelope. A signed one is
     * left as it is: money may have been paid, so the gestionnaire decides the termination and any
     * clawback through the API; the withdrawal is written to the audit trail for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void desister(LaureatPhase2Desiste e) {
        UUID candidatureId = e.candidatureId();
        Convention c = Convention.parCandidature(candidatureId)
                .flatMap(found -> Convention.verrouiller(found.id)).orElse(null);
        String acteur = "systeme:laureat.phase2.desiste";
        if (c == null) {
            LOG.infof("Désistement de la candidature %s sans convention : rien à faire", candidatureId);
        } else if (c.statut == StatutConvention.A_SIGNER) {
            terminer(c, "Désistement du lauréat : " + e.motif(), 0, acteur);
        } else {
            LOG.warnf("Désistement reçu pour la convention %s au statut %s : à traiter par le gestionnaire", c.id, c.statut);
            audit.noter("convention", c.id, "DESISTEMENT_SIGNALE", acteur, c.statut, c.statut);
        }
    }

    private void terminer(Convention c, String motif, long reversementCentimes, String acteur) {
        StatutConvention avant = c.statut;
        c.statut = c.statut.vers(StatutConvention.RESILIEE);
        Resiliation r = Resiliation.calculer(c.engageCentimes, c.payeCentimes, reversementCentimes);
        Instant maintenant = clock.instant();
        for (Echeance e : Echeance.deLaConvention(c.id)) {
            if (e.statut.annulable()) {
                StatutEcheance ancien = e.statut;
                e.statut = e.statut.vers(StatutEcheance.ANNULEE);
                audit.noter("echeance", e.id, "ANNULATION", acteur, ancien, e.statut);
            }
        }
        for (Rapport rapport : Rapport.deLaConvention(c.id)) {
            if (rapport.statut.suivants().contains(StatutRapport.SANS_OBJET)) {
                StatutRapport ancien = rapport.statut;
                rapport.statut = rapport.statut.vers(StatutRapport.SANS_OBJET);
                audit.noter("rapport", rapport.id, "SANS_OBJET", acteur, ancien, rapport.statut);
            }
        }
        Enveloppe env = Enveloppe.verrouiller(c.campagneId).orElseThrow();
        SoldeEnveloppe soldeAvant = env.solde();
        if (r.montantLibere() > 0) {
            env.appliquer(soldeAvant.liberer(r.montantLibere()));
            audit.noter("enveloppe", env.campagneId, "LIBERATION", acteur, soldeAvant, env.solde());
        }
        c.engageCentimes = c.payeCentimes;
        c.resilieeLe = maintenant;
        c.motifResiliation = motif;
        audit.noter("convention", c.id, "RESILIATION", acteur, avant + " engagé=" + r.montantLibere(),
                c.statut + " libéré=" + r.montantLibere() + " reversement=" + reversementCentimes);
        events.resiliee(c, motif, r.montantLibere(), r.montantReversement(), maintenant);
        if (r.montantReversement() > 0) {
            reversements.creer(c, r.montantReversement(), motif, acteur);
        }
    }

    private Convention verrouiller(UUID id) {
        accessible(id);
        return Convention.verrouiller(id).orElseThrow();
    }

    ConventionVue vue(Convention c) {
        List<Echeance> echeances = Echeance.deLaConvention(c.id);
        List<Rapport> rapports = Rapport.deLaConvention(c.id);
        List<Reversement> reversements = Reversement.deLaConvention(c.id);
        return ConventionVue.de(c, echeances.stream().map(EcheanceVue::de).toList(),
                rapports.stream().map(RapportVue::de).toList(), reversements,
                version(c, echeances, rapports, reversements));
    }

    /** If-Match is optional here: the version (three more reads) is computed only when one is sent. */
    private static void verifierVersion(Convention c, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.verifier(ifMatch, version(c), false);
        }
    }

    private static long version(Convention c) {
        return version(c, Echeance.deLaConvention(c.id), Rapport.deLaConvention(c.id), Reversement.deLaConvention(c.id));
    }

    /**
     * The agreement's version as its ETag shows it: the sum of the versions of its row and of every
     * row the view holds (instalments, reports, clawbacks). Each change raises one of them by one and
     * none is ever deleted, so the sum only grows and names one state of the whole view: a payment
     * ordered or a report approved makes an earlier read stale, not only a change of the agreement.
     */
    private static long version(Convention c, List<Echeance> echeances, List<Rapport> rapports, List<Reversement> reversements) {
        return c.version + echeances.stream().mapToLong(e -> e.version).sum()
                + rapports.stream().mapToLong(r -> r.version).sum()
                + reversements.stream().mapToLong(r -> r.version).sum();
    }
}

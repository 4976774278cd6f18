package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.campagne.Enveloppe;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Payments: a payable instalment is ordered, then paid with the accounting reference. Each step
 * happens once (409 on a second attempt); the agreement's and the envelope's paid amounts move in
 * the same transaction, under the agreement's lock, and can never exceed what was committed.
 */
@ApplicationScoped
@Transactional
public class PaiementService {

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
    MeterRegistry registry;

    @Inject
    ConventionService conventions;

    public EcheanceVue mettreEnPaiement(UUID echeanceId) {
        Echeance e = verrouillee(echeanceId);
        if (e.statut == StatutEcheance.MISE_EN_PAIEMENT || e.statut == StatutEcheance.PAYEE) {
            throw ProblemException.conflict("echeance-deja-mise-en-paiement",
                    "L'échéance n° " + e.ordre + " est déjà " + (e.statut == StatutEcheance.PAYEE ? "payée." : "mise en paiement."));
        }
        StatutEcheance avant = e.statut;
        e.statut = e.statut.vers(StatutEcheance.MISE_EN_PAIEMENT);
        e.miseEnPaiementLe = clock.instant();
        audit.noter("echeance", e.id, "MISE_EN_PAIEMENT", user.sub(), avant, e.statut);
        return EcheanceVue.de(e);
    }

    public EcheanceVue payer(UUID echeanceId, String reference, LocalDate datePaiement) {
        Echeance e = verrouillee(echeanceId);
        if (e.statut == StatutEcheance.PAYEE) {
            throw ProblemException.conflict("echeance-deja-payee", "L'échéance n° " + e.ordre
                    + " est déjà payée (référence " + e.reference + ", le " + e.datePaiement + ").");
        }
        if (datePaiement.isAfter(examen.aujourdhui())) {
            throw ProblemException.badRequest("datePaiement", "la date de paiement ne peut pas être dans le futur");
        }
        if (Echeance.count("reference", reference) > 0) {
            throw ProblemException.conflict("reference-deja-utilisee",
                    "La référence comptable " + reference + " a déjà servi à un paiement.");
        }
        Convention c = Convention.findById(e.conventionId);
        if (c.payeCentimes + e.montantCentimes > c.engageCentimes) {
            throw ProblemException.conflict("paiement-excedentaire", "Ce paiement dépasserait le montant de la convention.");
        }
        StatutEcheance avant = e.statut;
        e.statut = e.statut.vers(StatutEcheance.PAYEE);
        e.reference = reference;
        e.datePaiement = datePaiement;
        e.payeeLe = clock.instant();
        long payeAvant = c.payeCentimes;
        c.payeCentimes += e.montantCentimes;
        Enveloppe env = Enveloppe.verrouiller(c.campagneId).orElseThrow();
        SoldeEnveloppe soldeAvant = env.solde();
        env.appliquer(soldeAvant.payer(e.montantCentimes));

        String acteur = user.sub();
        audit.noter("echeance", e.id, "PAIEMENT", acteur, avant, e.statut + " ref=" + reference);
        audit.noter("convention", c.id, "PAIEMENT", acteur, "payé=" + payeAvant, "payé=" + c.payeCentimes);
        audit.noter("enveloppe", env.campagneId, "PAIEMENT", acteur, soldeAvant, env.solde());
        events.payee(c, e);
        registry.counter("ptce_paiements").increment();
        registry.counter("ptce_paiements_centimes").increment(e.montantCentimes);
        examen.examiner(c, acteur); // closes the agreement when this was the last thing owed
        return EcheanceVue.de(e);
    }

    /** The instalment, its agreement's row locked: payments of one agreement are serialised; 404 outside the caller's régions. */
    private Echeance verrouillee(UUID id) {
        Echeance e = Echeance.findById(id);
        if (e == null || !conventions.gereeParLAppelant(e.conventionId)) {
            throw ProblemException.notFound("Aucune échéance " + id + ".");
        }
        Convention.verrouiller(e.conventionId);
        Echeance.getEntityManager().refresh(e);
        return e;
    }
}

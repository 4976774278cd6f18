package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.events.ConventionCreee;
import fr.gouv.ptce.events.ConventionResiliee;
import fr.gouv.ptce.events.ConventionSignee;
import fr.gouv.ptce.events.EcheanceExigible;
import fr.gouv.ptce.events.EcheancePayee;
import fr.gouv.ptce.events.EcheancePrevue;
import fr.gouv.ptce.events.RapportApprouve;
import fr.gouv.ptce.events.RapportAttendu;
import fr.gouv.ptce.events.RapportRejete;
import fr.gouv.ptce.events.ReversementAnnule;
import fr.gouv.ptce.events.ReversementDemande;
import fr.gouv.ptce.events.ReversementRecouvre;
import fr.gouv.ptce.events.ReversementTitreEmis;
import fr.gouv.ptce.financement.domain.EcheancePlanifiee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Publishes the facts of an agreement on {@code ptce.financements} (key = the agreement's id, so
 * they stay in order), through the outbox of the current transaction. Every event carries who to
 * tell (porteurSub, contactEmail) and what it is about (candidatureId, numero): notification-service
 * needs nothing else to write to the porteur.
 */
@ApplicationScoped
public class FinancementEvents {

    @Inject
    Outbox outbox;

    public void creee(Convention c, List<EcheancePlanifiee> plan) {
        outbox.publish(c.id, new ConventionCreee(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, c.raisonSociale, c.montantCentimes, c.dureeMois,
                plan.stream().map(p -> new EcheancePrevue(p.ordre(), p.montantCentimes(), p.condition(), p.mois()))
                        .toList(), c.creeeLe));
    }

    public void signee(Convention c) {
        outbox.publish(c.id, new ConventionSignee(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, c.dateSignature, c.dateFin, c.signeeLe));
    }

    public void exigible(Convention c, Echeance e) {
        outbox.publish(c.id, new EcheanceExigible(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, e.id, e.ordre, e.montantCentimes, e.dateEcheance, e.condition(), e.exigibleLe));
    }

    public void payee(Convention c, Echeance e) {
        outbox.publish(c.id, new EcheancePayee(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, e.id, e.ordre, e.montantCentimes, e.datePaiement, e.reference, e.payeeLe));
    }

    public void rapportAttendu(Convention c, Rapport r) {
        outbox.publish(c.id, new RapportAttendu(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, r.id, r.type, r.dateLimite));
    }

    public void rapportApprouve(Convention c, Rapport r, String gestionnaire) {
        outbox.publish(c.id, new RapportApprouve(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, r.id, r.type, r.decideLe, gestionnaire));
    }

    public void rapportRejete(Convention c, Rapport r, String gestionnaire) {
        outbox.publish(c.id, new RapportRejete(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, r.id, r.type, r.motifRejet, r.decideLe, gestionnaire));
    }

    public void resiliee(Convention c, String motif, long libereCentimes, long reversementCentimes, Instant le) {
        outbox.publish(c.id, new ConventionResiliee(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, motif, libereCentimes, reversementCentimes, le));
    }

    public void reversement(Convention c, Reversement rev) {
        outbox.publish(c.id, new ReversementDemande(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, rev.id, rev.montantCentimes, rev.motif, rev.demandeLe));
    }

    public void titreEmis(Convention c, Reversement rev) {
        outbox.publish(c.id, new ReversementTitreEmis(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, rev.id, rev.montantCentimes, rev.referenceTitre, rev.titreEmisLe));
    }

    public void recouvre(Convention c, Reversement rev) {
        outbox.publish(c.id, new ReversementRecouvre(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, rev.id, rev.montantCentimes, rev.referenceTitre, rev.dateRecouvrement,
                rev.recouvreLe));
    }

    public void reversementAnnule(Convention c, Reversement rev) {
        outbox.publish(c.id, new ReversementAnnule(c.candidatureId, c.numero, c.porteurSub, c.contactEmail, c.id,
                c.campagneId, c.siret, rev.id, rev.montantCentimes, rev.motifAnnulation, rev.annuleLe));
    }
}

package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.domain.TypeDecision;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.events.CandidatureDeposee;
import fr.gouv.ptce.events.CirconstanceDecision;
import fr.gouv.ptce.events.Contact;
import fr.gouv.ptce.events.DecisionRendue;
import fr.gouv.ptce.events.LaureatPhase1Designe;
import fr.gouv.ptce.events.LaureatPhase2Desiste;
import fr.gouv.ptce.events.LaureatPhase2Selectionne;
import fr.gouv.ptce.events.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;

/**
 * Writes the decision events to the outbox, in the decision's transaction (topic ptce.decisions,
 * key = the candidature, except the two that move a phase-2 envelope: see {@link #laureatPhase2}).
 * Every event carries who to tell and what it is about (candidatureId,
 * numero, porteurSub, contactEmail, campagneId): notification-service needs nothing else.
 */
@ApplicationScoped
public class DecisionEvents {

    @Inject
    Outbox outbox;

    public void decisionRendue(Instruction d, Decision decision) {
        outbox.publish(d.candidatureId, new DecisionRendue(d.candidatureId, d.numero, d.porteurSub, d.contactEmail,
                decision.id, d.campagneId, Phase.valueOf(d.phase.name()), d.siret,
                fr.gouv.ptce.events.TypeDecision.valueOf(decision.type.name()), decision.motivation,
                decision.decideurNom, decision.decideLe, decision.rang, circonstance(decision)));
    }

    /**
     * A second decision, so that the porteur is told what happened to its place on the waiting list:
     * promoted, or not retained because the selection was closed (the only way a file on the
     * waiting list becomes NON_RETENU, see TypeDecision.suivantes).
     */
    private static CirconstanceDecision circonstance(Decision decision) {
        if (decision.promotion) {
            return CirconstanceDecision.PROMOTION;
        }
        boolean etaitEnAttente = decision.type == TypeDecision.NON_RETENU && Decision.count(
                "candidatureId = ?1 and type = ?2 and id <> ?3", decision.candidatureId, TypeDecision.LISTE_ATTENTE,
                decision.id) > 0;
        return etaitEnAttente ? CirconstanceDecision.CLOTURE_LISTE_ATTENTE : null;
    }

    /** Makes the structure eligible for phase 2 in candidature-service. */
    public void laureatPhase1(Instruction d, Decision decision) {
        outbox.publish(d.candidatureId, new LaureatPhase1Designe(d.candidatureId, d.numero, d.porteurSub,
                d.contactEmail, d.campagneId, d.campagneCode, d.siret, d.raisonSociale, d.codeCommune, d.departement,
                d.region, secteurs(d), decision.decideLe));
    }

    /**
     * Creates the agreement in financement-service: amount and duration are the campaign's. Keyed
     * by the campaign, like {@link #desistement}: both move the campaign's envelope, and a withdrawal
     * that promotes at once releases the envelope the promoted file's selection then takes. Under one
     * key they reach financement-service in the committee's order (Kafka orders one key only);
     * keyed by their two files, the selection could overtake the withdrawal and be refused there.
     */
    public void laureatPhase2(Instruction d, Decision decision, Campagne campagne) {
        // The snapshot is the last deposit or re-deposit as received; both carry the contact the same way.
        CandidatureDeposee depot = EventJson.read(d.snapshot, CandidatureDeposee.class);
        Contact contact = depot.contact();
        // région and project budget feed financement-service's open data (SCDL pourcentageSubvention) and statistics
        Long budget = depot.projet() == null ? null : depot.projet().budgetCentimes();
        outbox.publish(d.campagneId, new LaureatPhase2Selectionne(d.candidatureId, d.numero, d.porteurSub,
                d.contactEmail, d.campagneId, d.siret, d.raisonSociale, contact, campagne.montantParLaureatCentimes,
                campagne.dureeMois, decision.rang, decision.decideLe, d.region, budget));
    }

    /** Keyed by the campaign, like {@link #laureatPhase2}: see there. */
    public void desistement(Instruction d, Desistement desistement) {
        outbox.publish(d.campagneId, new LaureatPhase2Desiste(d.candidatureId, d.numero, d.porteurSub,
                d.contactEmail, d.campagneId, d.siret, desistement.motif, desistement.desisteLe,
                desistement.promuCandidatureId));
    }

    private static List<String> secteurs(Instruction d) {
        return Arrays.asList(EventJson.read(d.secteurs, String[].class));
    }
}

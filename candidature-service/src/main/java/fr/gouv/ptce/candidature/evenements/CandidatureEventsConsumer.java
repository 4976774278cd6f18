package fr.gouv.ptce.candidature.evenements;

import fr.gouv.ptce.candidature.annuaire.AnnuaireAlimentation;
import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.candidature.HabilitationEvaluateur;
import fr.gouv.ptce.candidature.demarches.FileEcrituresDs;
import fr.gouv.ptce.candidature.domain.ActionDs;
import fr.gouv.ptce.candidature.domain.CycleDeVie;
import fr.gouv.ptce.candidature.domain.Decision;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.events.CandidatureIrrecevable;
import fr.gouv.ptce.events.CandidatureRecevable;
import fr.gouv.ptce.events.CorrectionsDemandees;
import fr.gouv.ptce.events.DecisionRendue;
import fr.gouv.ptce.events.EvaluateurHabilite;
import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.events.InstructionDemarree;
import fr.gouv.ptce.events.LaureatPhase1Designe;
import fr.gouv.ptce.events.LaureatPhase2Desiste;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Events from evaluation-service: instruction steps and committee decisions move the files;
 * a phase-1 lauréat becomes eligible for phase 2. Each event is applied once (EventInbox).
 */
@ApplicationScoped
public class CandidatureEventsConsumer implements Consommateur {

    @Inject
    SuiviCandidature suivi;

    @Inject
    AnnuaireAlimentation annuaire;

    @Inject
    FileEcrituresDs ecrituresDs;

    private final EventRoutes decisions = EventRoutes
            .when(LaureatPhase1Designe.class, (d, e) -> enregistrerLaureat(d))
            .on(DecisionRendue.class, (d, e) -> decisionRendue(d))
            .on(LaureatPhase2Desiste.class, (d, e) -> desistement(d));

    private final EventRoutes instructions = EventRoutes
            .when(InstructionDemarree.class, (d, e) -> instructionDemarree(d))
            .on(CorrectionsDemandees.class, (d, e) -> correctionsDemandees(d))
            .on(CandidatureIrrecevable.class, (d, e) -> irrecevable(d))
            .on(CandidatureRecevable.class, (d, e) -> recevable(d))
            .on(EvaluateurHabilite.class, (d, e) -> habiliter(d));

    @Override
    public EventRoutes routes() {
        return decisions.avec(instructions);
    }

    void decisionRendue(DecisionRendue d) {
        Decision decision = Decision.valueOf(d.decision().name());
        boolean applique = suivi.changer(Fait.DECISION_RENDUE, d.candidatureId(), s -> CycleDeVie.decider(s, decision),
                d.decideur(), d.decideLe(), "Décision " + decision + " : " + d.motivation());
        if (applique && decision == Decision.LAUREAT) {
            annuaire.laureatDeCandidature(d.candidatureId());
        }
        if (applique) { // a file imported from Démarches Simplifiées shows the decision there too
            ecrituresDs.demander(d.candidatureId(), ActionDs.pour(decision), d.motivation());
        }
    }

    void desistement(LaureatPhase2Desiste d) {
        suivi.changer(Fait.LAUREAT_PHASE2_DESISTE, d.candidatureId(), CycleDeVie::desister, "comité de sélection",
                d.desisteLe(), "Désistement du lauréat : " + d.motif()
                        + (d.promuCandidatureId() == null ? "" : " (candidature promue : " + d.promuCandidatureId() + ")"));
    }

    void instructionDemarree(InstructionDemarree d) {
        if (suivi.changer(Fait.INSTRUCTION_DEMARREE, d.candidatureId(), CycleDeVie::demarrerInstruction, d.instructeur(),
                d.demarreeLe(), "Instruction démarrée")) {
            ecrituresDs.demander(d.candidatureId(), ActionDs.PASSER_EN_INSTRUCTION, null);
        }
    }

    void correctionsDemandees(CorrectionsDemandees d) {
        if (suivi.changer(Fait.CORRECTIONS_DEMANDEES, d.candidatureId(), CycleDeVie::demanderCorrections, d.instructeur(),
                d.demandeesLe(), "Corrections demandées : " + d.motif())) {
            // a DS applicant has no account here: the request goes to DS (dossierEnvoyerMessage)
            ecrituresDs.demander(d.candidatureId(), ActionDs.DEMANDER_CORRECTION, d.motif());
        }
    }

    void irrecevable(CandidatureIrrecevable d) {
        if (suivi.changer(Fait.CANDIDATURE_IRRECEVABLE, d.candidatureId(), CycleDeVie::declarerIrrecevable,
                d.instructeur(), d.decideLe(), "Candidature irrecevable : " + d.motivation())) {
            ecrituresDs.demander(d.candidatureId(), ActionDs.REFUSER, "Candidature irrecevable : " + d.motivation());
        }
    }

    void recevable(CandidatureRecevable d) {
        suivi.noter(Fait.CANDIDATURE_RECEVABLE, d.candidatureId(), d.instructeur(), d.decideLe(),
                "Candidature déclarée recevable" + (d.motivation() == null ? "" : " : " + d.motivation()));
    }

    /** The evaluator declared no conflict on the file: it may read it and its attachments until the decision. */
    void habiliter(EvaluateurHabilite d) {
        if (Candidature.findById(d.candidatureId()) == null) {
            // every file is born here: an unknown one is a broken reference, no retry will mend it
            throw new RejectedEventException("candidature " + d.candidatureId()
                    + " inconnue de candidature-service (événement " + Fait.EVALUATEUR_HABILITE.fact() + ")");
        }
        HabilitationEvaluateur.enregistrer(d.candidatureId(), d.evaluateurSub(), d.habiliteLe());
    }

    /** A lauréat's later designation (another campaign) replaces the earlier one. */
    void enregistrerLaureat(LaureatPhase1Designe d) {
        LaureatPhase1 l = LaureatPhase1.findById(d.siret());
        if (l == null) {
            l = new LaureatPhase1();
            l.siret = d.siret();
        }
        l.raisonSociale = d.raisonSociale();
        l.codeCommune = d.codeCommune();
        l.departement = d.departement();
        l.region = d.region();
        l.secteurs = Json.ecrire(d.secteurs());
        l.candidatureId = d.candidatureId();
        l.campagneId = d.campagneId();
        l.campagneCode = d.campagneCode();
        l.designeLe = d.designeLe();
        l.porteurSub = d.porteurSub();
        l.contactEmail = d.contactEmail();
        l.persist();
        annuaire.laureatPhase1(l, d.secteurs());
    }
}

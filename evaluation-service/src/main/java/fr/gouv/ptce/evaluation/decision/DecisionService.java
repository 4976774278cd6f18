package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.campagne.CampagneRepository;
import fr.gouv.ptce.evaluation.classement.ClassementService;
import fr.gouv.ptce.evaluation.common.Problemes;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.PlafondPhase2;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TransitionInterditeException;
import fr.gouv.ptce.evaluation.domain.TypeDecision;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.InstructionRepository;
import fr.gouv.ptce.evaluation.instruction.Journal;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Committee decisions. Every decision of a campaign first locks the campaign's row (SELECT … FOR
 * UPDATE): decisions of one campaign are thus applied one at a time, and the count of lauréats a
 * decision checks against the cap and the envelope cannot change before it commits.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    @Inject
    CampagneRepository campagnes;

    @Inject
    InstructionRepository instructions;

    @Inject
    ClassementService classement;

    @Inject
    DecisionEvents events;

    @Inject
    Journal journal;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    public DecisionVues.DecisionRendue decider(UUID campagneId, UUID candidatureId, TypeDecision type, String motivation) {
        Campagne campagne = verrouillerCampagne(campagneId, candidatureId);
        Instruction dossier = dossierDe(campagne, candidatureId);
        if (campagne.phase == Phase.PHASE_1 && type == TypeDecision.LISTE_ATTENTE) {
            throw ProblemException.unprocessable("liste-attente-phase-2",
                    "La liste d'attente n'existe qu'en phase 2.",
                    List.of(new Violation("decision", "LISTE_ATTENTE est réservé aux campagnes de phase 2")));
        }
        boolean promotion = dossier.decision == TypeDecision.LISTE_ATTENTE;
        try {
            CycleInstruction.decider(dossier.statut, dossier.decision, type);
        } catch (TransitionInterditeException e) {
            throw Problemes.transition(e);
        }
        if (campagne.phase == Phase.PHASE_2 && type == TypeDecision.LAUREAT) {
            verifierPlafond(campagne);
        }
        Decision decision = enregistrer(campagne, dossier, type, motivation.strip(), promotion);
        return vue(dossier, decision);
    }

    public DecisionVues.DesistementEnregistre desister(UUID campagneId, UUID candidatureId, String motif,
                                                       boolean promouvoir) {
        Campagne campagne = verrouillerCampagne(campagneId, candidatureId);
        Instruction dossier = dossierDe(campagne, candidatureId);
        if (campagne.phase != Phase.PHASE_2) {
            throw ProblemException.conflict("desistement-phase-2",
                    "Le désistement concerne les lauréats de phase 2 ; cette campagne est de phase 1.");
        }
        try {
            dossier.statut = CycleInstruction.desister(dossier.statut, dossier.decision);
        } catch (TransitionInterditeException e) {
            throw Problemes.transition(e);
        }
        dossier.modifieeLe = clock.instant();
        Desistement desistement = new Desistement();
        desistement.id = UUID.randomUUID();
        desistement.candidatureId = candidatureId;
        desistement.motif = motif.strip();
        desistement.enregistrePar = user.displayName();
        desistement.desisteLe = clock.instant();
        journal.noter(dossier, "DESISTEMENT", user.displayName(), desistement.motif);
        instructions.flush(); // the withdrawn lauréat no longer counts against the cap
        Decision promue = null;
        Instruction promu = null;
        if (promouvoir) {
            List<Instruction> attente = instructions.listeAttente(campagne.id);
            if (!attente.isEmpty() && PlafondPhase2.verifierUnDePlus(instructions.laureats(campagne.id),
                    campagne.maxLaureats, campagne.montantParLaureatCentimes, campagne.enveloppeCentimes).isEmpty()) {
                promu = attente.get(0);
                desistement.promuCandidatureId = promu.candidatureId;
            }
        }
        desistement.persist();
        events.desistement(dossier, desistement);
        if (promu != null) {
            promue = enregistrer(campagne, promu, TypeDecision.LAUREAT, "Promu depuis la liste d'attente (rang "
                    + promu.rang + ") après le désistement du dossier " + dossier.numero + ".", true);
        }
        return new DecisionVues.DesistementEnregistre(dossier.candidatureId, dossier.numero, dossier.statut.name(),
                desistement.motif, desistement.desisteLe, promue == null ? null : vue(promu, promue));
    }

    private Decision enregistrer(Campagne campagne, Instruction dossier, TypeDecision type, String motivation,
                                 boolean promotion) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.candidatureId = dossier.candidatureId;
        decision.campagneId = campagne.id;
        decision.type = type;
        decision.motivation = motivation;
        decision.decideurSub = user.sub();
        decision.decideurNom = user.displayName();
        decision.decideLe = clock.instant();
        // A promoted file keeps the rank it had on the waiting list; others take the ranking's.
        decision.rang = promotion && dossier.rang != null ? dossier.rang : classement.rangDe(campagne, dossier.candidatureId);
        decision.promotion = promotion;
        decision.persist();
        dossier.statut = StatutInstruction.DECIDEE;
        dossier.decision = type;
        dossier.rang = decision.rang;
        dossier.modifieeLe = decision.decideLe;
        journal.noter(dossier, promotion ? "PROMOTION" : "DECISION", decision.decideurNom, type + " — " + motivation);
        events.decisionRendue(dossier, decision);
        if (type == TypeDecision.LAUREAT) {
            if (campagne.phase == Phase.PHASE_1) {
                events.laureatPhase1(dossier, decision);
            } else {
                events.laureatPhase2(dossier, decision, campagne);
            }
        }
        registry.counter("ptce_decisions", "decision", type.name(), "phase", campagne.phase.name()).increment();
        return decision;
    }

    private void verifierPlafond(Campagne campagne) {
        long laureats = instructions.laureats(campagne.id);
        Optional<PlafondPhase2.Refus> refus = PlafondPhase2.verifierUnDePlus(laureats, campagne.maxLaureats,
                campagne.montantParLaureatCentimes, campagne.enveloppeCentimes);
        if (refus.isEmpty() && campagne.dureeMois == null) {
            refus = Optional.of(PlafondPhase2.Refus.CAMPAGNE_INCOMPLETE);
        }
        if (refus.isPresent()) {
            throw switch (refus.get()) {
                case PLAFOND_ATTEINT -> ProblemException.conflict("plafond-laureats-atteint",
                        "Le plafond de " + campagne.maxLaureats + " lauréats (maxLaureats) de la campagne "
                                + campagne.code + " est atteint : " + laureats + " lauréats déjà désignés.");
                case ENVELOPPE_DEPASSEE -> ProblemException.conflict("enveloppe-depassee",
                        "Un lauréat de plus dépasserait l'enveloppe de la campagne " + campagne.code + " ("
                                + euros(campagne.enveloppeCentimes) + " €) : " + laureats + " lauréats × "
                                + euros(campagne.montantParLaureatCentimes) + " € déjà engagés.");
                case CAMPAGNE_INCOMPLETE -> ProblemException.conflict("campagne-incomplete",
                        "La campagne " + campagne.code + " n'indique pas le montant par lauréat ou la durée : "
                                + "aucun lauréat de phase 2 ne peut être désigné.");
            };
        }
    }

    private Campagne verrouillerCampagne(UUID campagneId, UUID candidatureId) {
        Optional<Campagne> campagne = campagnes.verrouiller(campagneId);
        if (campagne.isPresent()) {
            return campagne.get();
        }
        boolean dossierConnu = instructions.findByIdOptional(candidatureId)
                .filter(d -> d.campagneId.equals(campagneId)).isPresent();
        throw dossierConnu ? Problemes.campagneInconnue()
                : ProblemException.notFound("Aucune campagne publiée avec cet identifiant.");
    }

    private Instruction dossierDe(Campagne campagne, UUID candidatureId) {
        return instructions.verrouiller(candidatureId).filter(d -> d.campagneId.equals(campagne.id))
                .orElseThrow(Problemes::dossierIntrouvable);
    }

    private static DecisionVues.DecisionRendue vue(Instruction d, Decision decision) {
        return new DecisionVues.DecisionRendue(decision.id, d.candidatureId, d.numero, decision.campagneId,
                decision.type, decision.motivation, decision.decideurNom, decision.decideLe, decision.rang,
                decision.promotion);
    }

    private static String euros(Long centimes) {
        return centimes == null ? "?" : BigDecimal.valueOf(centimes, 2).toPlainString();
    }
}

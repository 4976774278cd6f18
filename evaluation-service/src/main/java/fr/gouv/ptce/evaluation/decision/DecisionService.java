package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.commons.audit.JournalAudit;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.commons.valeurs.RefusMetier;
import fr.gouv.ptce.evaluation.financement.ConventionSuivie;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.classement.ClassementService;
import fr.gouv.ptce.evaluation.web.Problemes;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.PlafondPhase2;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TypeDecision;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.PorteeDossiers;
import fr.gouv.ptce.evaluation.instruction.Journal;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    ClassementService classement;

    @Inject
    DecisionEvents events;

    @Inject
    Journal journal;

    @Inject
    JournalAudit journalAudit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @Inject
    PorteeDossiers portee;

    public DecisionVues.DecisionRendue decider(UUID campagneId, UUID candidatureId, TypeDecision type, String motivation) {
        Campagne campagne = verrouillerCampagne(campagneId, candidatureId);
        Instruction dossier = dossierDe(campagne, candidatureId);
        if (campagne.phase == Phase.PHASE_1 && type == TypeDecision.LISTE_ATTENTE) {
            throw ProblemException.unprocessable("liste-attente-phase-2",
                    "La liste d'attente n'existe qu'en phase 2.",
                    List.of(new Violation("decision", "LISTE_ATTENTE est réservé aux campagnes de phase 2")));
        }
        boolean promotion = dossier.decision == TypeDecision.LISTE_ATTENTE;
        CycleInstruction.decider(dossier.statut, dossier.decision, type, campagne.decideeSurInstruction());
        if (campagne.phase == Phase.PHASE_2 && type == TypeDecision.LAUREAT) {
            if (promotion) {
                verifierPromotion(campagne);
            } else {
                verifierPlafond(campagne);
            }
        }
        Decision decision = enregistrer(campagne, dossier, type, motivation.strip(), promotion);
        return vue(dossier, decision);
    }

    /**
     * Promotes the best-ranked file of the waiting list, the separate step after a withdrawal whose
     * signed agreement had first to be terminated by the gestionnaire. Refused (409, nothing written,
     * nothing promised) while a withdrawn lauréat's signed agreement is not terminated or when the
     * envelope cannot hold one more lauréat; see {@link #verifierPromotion}.
     */
    public DecisionVues.DecisionRendue promouvoir(UUID campagneId, String motivation) {
        portee.exigerNationale("La promotion depuis la liste d'attente");
        Campagne campagne = Campagne.verrouiller(campagneId)
                .orElseThrow(() -> ProblemException.notFound("Aucune campagne publiée avec cet identifiant."));
        if (campagne.phase != Phase.PHASE_2) {
            throw ProblemException.conflict("liste-attente-phase-2",
                    "La liste d'attente n'existe qu'en phase 2 ; cette campagne est de phase 1.");
        }
        List<Instruction> attente = Instruction.listeAttente(campagne.id);
        if (attente.isEmpty()) {
            throw ProblemException.conflict("liste-attente-vide",
                    "Aucun dossier en liste d'attente à promouvoir pour la campagne " + campagne.code + ".");
        }
        verifierPromotion(campagne);
        Instruction promu = dossierDe(campagne, attente.get(0).candidatureId);
        return vue(promu, enregistrer(campagne, promu, TypeDecision.LAUREAT, motivation.strip(), true));
    }

    /**
     * Closes the selection of a phase-2 campaign: every file still on the waiting list becomes
     * NON_RETENU with the committee's motivation, each with its decision.rendue (candidature-service
     * moves the application, notification-service writes to the porteur). Under the campaign's row
     * lock, like every decision; a second closing finds the list empty and changes nothing.
     */
    public DecisionVues.SelectionClose cloturerSelection(UUID campagneId, String motivation) {
        portee.exigerNationale("La clôture de la sélection");
        Campagne campagne = Campagne.verrouiller(campagneId)
                .orElseThrow(() -> ProblemException.notFound("Aucune campagne publiée avec cet identifiant."));
        if (campagne.phase != Phase.PHASE_2) {
            throw ProblemException.conflict("liste-attente-phase-2",
                    "La liste d'attente n'existe qu'en phase 2 ; cette campagne est de phase 1.");
        }
        List<DecisionVues.DecisionRendue> nonRetenus = new ArrayList<>();
        for (Instruction attente : Instruction.listeAttente(campagne.id)) {
            Instruction dossier = dossierDe(campagne, attente.candidatureId);
            CycleInstruction.clore(dossier.statut, dossier.decision);
            nonRetenus.add(vue(dossier, enregistrer(campagne, dossier, TypeDecision.NON_RETENU, motivation.strip(), false)));
        }
        return new DecisionVues.SelectionClose(campagne.id, clock.instant(), nonRetenus);
    }

    public DecisionVues.DesistementEnregistre desister(UUID campagneId, UUID candidatureId, String motif,
                                                       boolean promouvoir) {
        Campagne campagne = verrouillerCampagne(campagneId, candidatureId);
        Instruction dossier = dossierDe(campagne, candidatureId);
        if (promouvoir) { // the waiting list is the whole campaign's
            portee.exigerNationale("La promotion depuis la liste d'attente");
        }
        if (campagne.phase != Phase.PHASE_2) {
            throw ProblemException.conflict("desistement-phase-2",
                    "Le désistement concerne les lauréats de phase 2 ; cette campagne est de phase 1.");
        }
        dossier.statut = CycleInstruction.desister(dossier.statut, dossier.decision);
        dossier.modifieeLe = clock.instant();
        Desistement desistement = new Desistement();
        desistement.id = UUID.randomUUID();
        desistement.candidatureId = candidatureId;
        desistement.motif = motif.strip();
        desistement.enregistrePar = user.displayName();
        desistement.desisteLe = clock.instant();
        journal.noter(dossier, "DESISTEMENT", user.displayName(), desistement.motif);
        Instruction.flush(); // the withdrawn lauréat no longer counts against the cap
        Decision promue = null;
        Instruction promu = null;
        if (promouvoir) {
            List<Instruction> attente = Instruction.listeAttente(campagne.id);
            if (!attente.isEmpty()) {
                // refused as a whole (409, the withdrawal not recorded either) rather than half-done
                verifierPromotion(campagne);
                promu = attente.get(0);
                desistement.promuCandidatureId = promu.candidatureId;
            }
        }
        desistement.persist();
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("campagneId", campagne.id.toString());
        trace.put("candidatureId", dossier.candidatureId.toString());
        trace.put("numero", dossier.numero);
        trace.put("motif", desistement.motif);
        trace.put("enregistrePar", desistement.enregistrePar);
        trace.put("promuCandidatureId", promu == null ? null : promu.candidatureId.toString());
        journalAudit.ajouter(user.sub(), "DESISTEMENT", "candidature", dossier.candidatureId, trace);
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
        journalAudit.ajouter(decision.decideurSub, promotion ? "PROMOTION" : "DECISION", "candidature",
                dossier.candidatureId, traceDecision(campagne, dossier, decision));
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

    /** What the tamper-evident journal keeps of a decision: who decided what, when, for how much. */
    private static Map<String, Object> traceDecision(Campagne campagne, Instruction dossier, Decision decision) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("decisionId", decision.id.toString());
        trace.put("campagneId", campagne.id.toString());
        trace.put("phase", campagne.phase.name());
        trace.put("candidatureId", dossier.candidatureId.toString());
        trace.put("numero", dossier.numero);
        trace.put("decision", decision.type.name());
        trace.put("rang", decision.rang);
        trace.put("promotion", decision.promotion);
        trace.put("motivation", decision.motivation);
        trace.put("decideurNom", decision.decideurNom);
        trace.put("decideLe", decision.decideLe.toString());
        // A phase-2 lauréat is granted the campaign's fixed amount; phase 1 carries no amount.
        boolean montant = decision.type == TypeDecision.LAUREAT && campagne.phase == Phase.PHASE_2;
        trace.put("montantCentimes", montant ? campagne.montantParLaureatCentimes : null);
        return trace;
    }

    /**
     * A waiting-list file may become lauréat only once every withdrawn lauréat's signed agreement is
     * terminated (its unpaid remainder is then back on the envelope: 409 convention-non-resiliee
     * before), and when the envelope holds one more lauréat besides what the withdrawn lauréats'
     * agreements keep — what was paid to them (409 enveloppe-insuffisante). Both are known from
     * financement-service's events (financement.ConventionSuivie), never by a call.
     */
    private void verifierPromotion(Campagne campagne) {
        List<ConventionSuivie> desistes = ConventionSuivie.desDesistes(campagne.id);
        for (ConventionSuivie s : desistes) {
            if (ConventionSuivie.SIGNEE.equals(s.statut)) {
                String numero = Instruction.<Instruction>findByIdOptional(s.candidatureId).map(i -> i.numero)
                        .orElse(s.candidatureId.toString());
                throw new RefusMetier("convention-non-resiliee", "La convention signée du dossier " + numero
                        + ", dont le lauréat s'est désisté, n'est pas encore résiliée : le gestionnaire la résilie "
                        + "(et demande le reversement éventuel) avant qu'un dossier de la liste d'attente soit promu.");
            }
        }
        long retenu = desistes.stream().mapToLong(ConventionSuivie::retenuCentimes).sum();
        long laureats = Instruction.laureats(campagne.id);
        Optional<PlafondPhase2.Refus> refus = PlafondPhase2.verifierUnDePlus(laureats, campagne.maxLaureats,
                campagne.montantParLaureatCentimes, campagne.enveloppeCentimes, retenu);
        if (refus.isPresent() && refus.get() == PlafondPhase2.Refus.ENVELOPPE_DEPASSEE) {
            long disponible = campagne.enveloppeCentimes - laureats * campagne.montantParLaureatCentimes - retenu;
            throw new RefusMetier("enveloppe-insuffisante", "L'enveloppe de la campagne " + campagne.code
                    + " ne peut accueillir un lauréat de plus (" + euros(campagne.montantParLaureatCentimes)
                    + " €) : disponible " + euros(disponible) + " € (" + laureats + " lauréats, "
                    + euros(retenu) + " € gardés par les conventions des lauréats désistés).");
        }
        verifierPlafond(campagne, laureats, retenu);
    }

    private void verifierPlafond(Campagne campagne) {
        long retenu = ConventionSuivie.desDesistes(campagne.id).stream().mapToLong(ConventionSuivie::retenuCentimes).sum();
        verifierPlafond(campagne, Instruction.laureats(campagne.id), retenu);
    }

    private void verifierPlafond(Campagne campagne, long laureats, long retenu) {
        Optional<PlafondPhase2.Refus> refus = PlafondPhase2.verifierUnDePlus(laureats, campagne.maxLaureats,
                campagne.montantParLaureatCentimes, campagne.enveloppeCentimes, retenu);
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
                                + euros(campagne.montantParLaureatCentimes) + " € déjà engagés"
                                + (retenu > 0 ? ", et " + euros(retenu) + " € gardés par les conventions des lauréats désistés." : "."));
                case CAMPAGNE_INCOMPLETE -> ProblemException.conflict("campagne-incomplete",
                        "La campagne " + campagne.code + " n'indique pas le montant par lauréat ou la durée : "
                                + "aucun lauréat de phase 2 ne peut être désigné.");
            };
        }
    }

    private Campagne verrouillerCampagne(UUID campagneId, UUID candidatureId) {
        Optional<Campagne> campagne = Campagne.verrouiller(campagneId);
        if (campagne.isPresent()) {
            return campagne.get();
        }
        boolean dossierConnu = Instruction.<Instruction>findByIdOptional(candidatureId)
                .filter(d -> d.campagneId.equals(campagneId)).isPresent();
        throw dossierConnu ? Problemes.campagneInconnue()
                : ProblemException.notFound("Aucune campagne publiée avec cet identifiant.");
    }

    // a file outside the caller's régions is unknown to it (404), as one of another campaign
    private Instruction dossierDe(Campagne campagne, UUID candidatureId) {
        return portee.filtrer(Instruction.verrouiller(candidatureId)).filter(d -> d.campagneId.equals(campagne.id))
                .orElseThrow(Problemes::dossierIntrouvable);
    }

    private static DecisionVues.DecisionRendue vue(Instruction d, Decision decision) {
        return new DecisionVues.DecisionRendue(decision.id, d.candidatureId, d.numero, decision.campagneId,
                decision.type, decision.motivation, decision.decideurNom, decision.decideLe, decision.rang,
                decision.promotion);
    }

    private static String euros(Long centimes) {
        return centimes == null ? "?" : Montant.centimes(centimes).toString();
    }
}

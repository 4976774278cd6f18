package fr.gouv.ptce.evaluation.instruction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.events.CandidatureIrrecevable;
import fr.gouv.ptce.events.CandidatureRecevable;
import fr.gouv.ptce.events.CorrectionsDemandees;
import fr.gouv.ptce.events.InstructionDemarree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The instructeur's work on a file: take it, ask for corrections, rule on admissibility. */
@ApplicationScoped
@Transactional
public class InstructionService {

    @Inject
    EvaluateursDuDossier evaluateurs;

    @Inject
    Journal journal;

    @Inject
    PorteeDossiers portee;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstructionVues.Resume> lister(UUID campagne, StatutInstruction statut, String curseur, int taille) {
        List<Instruction> lignes = Instruction.page(campagne, statut, portee.portee(), Curseur.position(curseur), taille);
        return Page.depuis(lignes, taille, InstructionService::resume, d -> Curseur.apres(d.deposeeLe, d.candidatureId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstructionVues.Detail detail(UUID id) {
        Instruction d = portee.lire(id);
        EvaluateursDuDossier.Etat evaluations = evaluateurs.de(id);
        return new InstructionVues.Detail(d.candidatureId, d.candidatureId, d.numero, d.campagneId, d.campagneCode,
                d.phase, d.statut, d.porteurSub, d.contactEmail, d.deposeeLe, d.instructeurNom, d.motifCorrections,
                d.motivationRecevabilite,
                evaluations.evaluateurs(), evaluations.soumises(), evaluations.manquants(), d.decision, d.rang,
                lireJson(d.snapshot),
                journal.historique(id).stream().map(j -> new InstructionVues.Evenement(j.action, j.statut, j.acteur,
                        j.commentaire, j.survenuLe)).toList());
    }

    public InstructionVues.Detail prendreEnCharge(UUID id) {
        Instruction d = changer(id, CycleInstruction::prendreEnCharge);
        d.instructeurSub = user.sub();
        d.instructeurNom = user.displayName();
        journal.noter(d, "PRISE_EN_CHARGE", user.displayName(), null);
        outbox.publish(d.candidatureId, new InstructionDemarree(d.candidatureId, d.numero, d.porteurSub, d.contactEmail,
                d.campagneId, user.displayName(), clock.instant()));
        return detail(id);
    }

    public InstructionVues.Detail demanderCorrections(UUID id, String motif) {
        Instruction d = changer(id, CycleInstruction::demanderCorrections);
        d.motifCorrections = motif;
        journal.noter(d, "CORRECTIONS_DEMANDEES", user.displayName(), motif);
        outbox.publish(d.candidatureId, new CorrectionsDemandees(d.candidatureId, d.numero, d.porteurSub,
                d.contactEmail, d.campagneId, user.displayName(), motif, clock.instant()));
        return detail(id);
    }

    public InstructionVues.Detail statuerRecevabilite(UUID id, boolean recevable, String motivation) {
        String texte = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (!recevable && texte == null) {
            throw ProblemException.badRequest("motivation", "la motivation d'une irrecevabilité est obligatoire");
        }
        Instruction d = changer(id, s -> CycleInstruction.statuerRecevabilite(s, recevable));
        d.motivationRecevabilite = texte;
        journal.noter(d, recevable ? "RECEVABLE" : "IRRECEVABLE", user.displayName(), texte);
        if (recevable) {
            outbox.publish(d.candidatureId, new CandidatureRecevable(d.candidatureId, d.numero, d.porteurSub,
                    d.contactEmail, d.campagneId, user.displayName(), texte, clock.instant()));
        } else {
            outbox.publish(d.candidatureId, new CandidatureIrrecevable(d.candidatureId, d.numero, d.porteurSub,
                    d.contactEmail, d.campagneId, user.displayName(), texte, clock.instant()));
        }
        return detail(id);
    }

    /** Locks the file, applies the life-cycle rule, and answers 409 naming the status when refused. */
    private Instruction changer(UUID id, UnaryOperator<StatutInstruction> regle) {
        Instruction d = portee.verrouiller(id);
        d.statut = regle.apply(d.statut);
        d.modifieeLe = clock.instant();
        return d;
    }

    static InstructionVues.Resume resume(Instruction d) {
        return new InstructionVues.Resume(d.candidatureId, d.candidatureId, d.numero, d.campagneId, d.campagneCode,
                d.phase, d.statut, d.raisonSociale, d.siret, d.region, d.deposeeLe, d.instructeurNom, d.decision,
                d.rang);
    }

    private JsonNode lireJson(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instantané illisible", e);
        }
    }
}

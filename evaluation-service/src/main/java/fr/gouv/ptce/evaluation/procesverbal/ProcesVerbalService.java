package fr.gouv.ptce.evaluation.procesverbal;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.classement.ClassementService;
import fr.gouv.ptce.evaluation.classement.ClassementVues;
import fr.gouv.ptce.evaluation.decision.Decision;
import fr.gouv.ptce.evaluation.decision.Desistement;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.PorteeDossiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The minutes of a campaign's committee. The members present are those the decisions record: each
 * decision and withdrawal stores the display name of the committee member who took it (from its
 * token), so the minutes name exactly who acted, in the order they first did — nobody is listed
 * for merely having the role.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProcesVerbalService {

    @Inject
    ClassementService classement;

    @Inject
    Clock clock;

    @Inject
    PorteeDossiers portee;

    public byte[] pdf(UUID campagneId) {
        portee.exigerNationale("Le procès-verbal de la campagne");
        return ProcesVerbalPdf.ecrire(lire(campagneId));
    }

    ProcesVerbal lire(UUID campagneId) {
        Campagne campagne = Campagne.<Campagne>findByIdOptional(campagneId)
                .orElseThrow(() -> ProblemException.notFound("Aucune campagne publiée avec cet identifiant."));
        Map<UUID, Instruction> dossiers = Instruction.deLaCampagne(campagneId).stream()
                .collect(Collectors.toMap(d -> d.candidatureId, Function.identity()));
        Map<UUID, BigDecimal> scores = classement.classement(campagneId).dossiers().stream()
                .collect(Collectors.toMap(ClassementVues.Ligne::candidatureId, ClassementVues.Ligne::score));
        Set<String> membres = new LinkedHashSet<>();
        List<ProcesVerbal.LigneDecision> decisions = new ArrayList<>();
        for (Decision d : Decision.deLaCampagne(campagneId)) {
            Instruction dossier = dossiers.get(d.candidatureId);
            membres.add(d.decideurNom);
            decisions.add(new ProcesVerbal.LigneDecision(d.rang, dossier.numero, dossier.raisonSociale, d.type,
                    d.promotion, scores.get(d.candidatureId), d.motivation, d.decideurNom, d.decideLe));
        }
        List<ProcesVerbal.LigneDesistement> desistements = new ArrayList<>();
        for (Desistement w : Desistement.desDossiers(dossiers.keySet())) {
            Instruction dossier = dossiers.get(w.candidatureId);
            Instruction promu = w.promuCandidatureId == null ? null : dossiers.get(w.promuCandidatureId);
            membres.add(w.enregistrePar);
            desistements.add(new ProcesVerbal.LigneDesistement(dossier.numero, dossier.raisonSociale, w.motif,
                    w.enregistrePar, w.desisteLe, promu == null ? null : promu.numero));
        }
        return new ProcesVerbal(campagne.code, campagne.libelle, campagne.phase, campagne.ouverture,
                campagne.cloture, List.copyOf(membres), decisions, desistements, Instruction.laureats(campagneId),
                campagne.montantParLaureatCentimes, campagne.enveloppeCentimes, clock.instant());
    }
}

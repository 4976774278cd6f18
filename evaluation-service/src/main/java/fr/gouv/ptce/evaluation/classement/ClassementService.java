package fr.gouv.ptce.evaluation.classement;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.evaluation.campagne.Campagne;
import fr.gouv.ptce.evaluation.config.EvaluationSettings;
import fr.gouv.ptce.evaluation.domain.Bareme;
import fr.gouv.ptce.evaluation.domain.Classement;
import fr.gouv.ptce.evaluation.domain.Consolidation;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.evaluation.Affectation;
import fr.gouv.ptce.evaluation.instruction.Instruction;
import fr.gouv.ptce.evaluation.instruction.PorteeDossiers;
import fr.gouv.ptce.commons.portee.Portee;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds a campaign's ranking from the submitted evaluations (rules in the domain). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClassementService {

    /** Files that can no longer be ranked: closed before or outside evaluation. */
    private static final Set<StatutInstruction> HORS_CLASSEMENT = EnumSet.of(StatutInstruction.RETIREE,
            StatutInstruction.IRRECEVABLE);

    @Inject
    EvaluationSettings settings;

    @Inject
    PorteeDossiers portee;

    /**
     * The campaign's ranking as the caller may see it: every file for the national cell; for a
     * regional scope, the files of its régions only, each with its rank in the whole campaign (the
     * competition is national: ranks are not renumbered).
     */
    public ClassementVues.Classement classement(UUID campagneId) {
        Campagne campagne = Campagne.<Campagne>findByIdOptional(campagneId)
                .orElseThrow(() -> ProblemException.notFound("Aucune campagne publiée avec cet identifiant."));
        ClassementVues.Classement tout = calculer(campagne);
        Portee p = portee.portee();
        if (p.estNationale()) {
            return tout;
        }
        Set<UUID> visibles = Instruction.deLaCampagne(campagne.id).stream().filter(portee::couvre)
                .map(d -> d.candidatureId).collect(Collectors.toSet());
        return new ClassementVues.Classement(tout.campagneId(), tout.campagneCode(), tout.phase(), tout.maxLaureats(),
                tout.laureats(), tout.regleDepartage(), tout.seuilDivergence(), tout.evaluationsMinimum(),
                tout.dossiers().stream().filter(l -> visibles.contains(l.candidatureId())).toList(),
                tout.nonClasses().stream().filter(n -> visibles.contains(n.candidatureId())).toList());
    }

    /** The current rank of a file in its campaign, or null when it is not ranked. */
    public Integer rangDe(Campagne campagne, UUID candidatureId) {
        return calculer(campagne).dossiers().stream().filter(l -> l.candidatureId().equals(candidatureId))
                .map(ClassementVues.Ligne::rang).findFirst().orElse(null);
    }

    private ClassementVues.Classement calculer(Campagne campagne) {
        List<Instruction> dossiers = Instruction.deLaCampagne(campagne.id).stream()
                .filter(d -> !HORS_CLASSEMENT.contains(d.statut)).toList();
        Map<UUID, List<BigDecimal>> totaux = new HashMap<>();
        for (Affectation.TotalSoumis a : Affectation.totauxSoumisDeLaCampagne(campagne.id)) {
            totaux.computeIfAbsent(a.candidatureId(), k -> new ArrayList<>()).add(a.total());
        }
        Map<UUID, Instruction> parId = new HashMap<>();
        Map<UUID, Consolidation> consolidations = new HashMap<>();
        List<Classement.Candidat<UUID>> candidats = new ArrayList<>();
        List<ClassementVues.NonClasse> nonClasses = new ArrayList<>();
        for (Instruction d : dossiers) {
            List<BigDecimal> t = totaux.getOrDefault(d.candidatureId, List.of());
            Consolidation c = Consolidation.de(t, settings.evaluationsMinimum(), settings.divergenceSeuil());
            if (c.classable()) {
                parId.put(d.candidatureId, d);
                consolidations.put(d.candidatureId, c);
                candidats.add(new Classement.Candidat<>(d.candidatureId, d.numero, d.deposeeLe, c.score()));
            } else {
                nonClasses.add(new ClassementVues.NonClasse(d.candidatureId, d.numero, d.raisonSociale, d.statut,
                        t.size()));
            }
        }
        nonClasses.sort(Comparator.comparing(ClassementVues.NonClasse::numero));
        List<ClassementVues.Ligne> lignes = Classement.classer(candidats).stream().map(p -> {
            Instruction d = parId.get(p.candidat().id());
            Consolidation c = consolidations.get(d.candidatureId);
            List<BigDecimal> t = totaux.get(d.candidatureId).stream().sorted(Comparator.reverseOrder())
                    .map(Bareme::affichage).toList();
            return new ClassementVues.Ligne(p.rang(), d.candidatureId, d.numero, d.raisonSociale, d.region,
                    d.deposeeLe, Bareme.affichage(c.score()), t, c.divergence(), Bareme.affichage(c.ecartMax()),
                    d.statut, d.decision);
        }).toList();
        return new ClassementVues.Classement(campagne.id, campagne.code, campagne.phase.name(), campagne.maxLaureats,
                Instruction.laureats(campagne.id), Classement.REGLE_DEPARTAGE, settings.divergenceSeuil(),
                settings.evaluationsMinimum(), lignes, nonClasses);
    }
}

package fr.gouv.ptce.evaluation.evaluation;

import fr.gouv.ptce.evaluation.config.EvaluationSettings;
import fr.gouv.ptce.evaluation.domain.StatutAffectation;
import fr.gouv.ptce.evaluation.instruction.EvaluateursDuDossier;
import fr.gouv.ptce.evaluation.instruction.InstructionVues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The file's assignments, as the instruction's detail shows them. */
@ApplicationScoped
public class EtatDesEvaluateurs implements EvaluateursDuDossier {

    @Inject
    EvaluationSettings settings;

    @Override
    public Etat de(UUID candidatureId) {
        List<Affectation> affs = Affectation.duDossier(candidatureId);
        int soumises = (int) affs.stream().filter(a -> a.statut == StatutAffectation.SOUMISE).count();
        int actives = (int) affs.stream().filter(a -> a.statut != StatutAffectation.CONFLIT).count();
        return new Etat(affs.stream().map(a -> new InstructionVues.Evaluateur(a.id, a.evaluateurSub, a.evaluateurNom,
                a.statut.name(), a.conflit, a.soumiseLe)).toList(),
                soumises, Math.max(0, settings.evaluationsMinimum() - actives));
    }
}

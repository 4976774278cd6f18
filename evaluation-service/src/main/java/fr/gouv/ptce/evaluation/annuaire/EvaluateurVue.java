package fr.gouv.ptce.evaluation.annuaire;

import java.util.List;

/**
 * An evaluator as the instructeur chooses it: {@code sub} is what the assignment takes as
 * {@code evaluateurSub}; {@code regions} is {@code ["national"]} for the national cell.
 */
public record EvaluateurVue(String sub, String nom, String email, List<String> regions) {

    static EvaluateurVue de(Evaluateur e) {
        return new EvaluateurVue(e.sub(), e.nom(), e.email(),
                e.portee().estNationale() ? List.of("national") : List.copyOf(e.portee().regions()));
    }
}

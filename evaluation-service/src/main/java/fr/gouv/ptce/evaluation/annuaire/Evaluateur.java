package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.portee.Portee;

/**
 * An evaluator as the directory (Keycloak) gives it: a user holding the realm role {@code evaluateur}.
 *
 * @param sub    its Keycloak id, the {@code sub} of its tokens
 * @param portee the régions it evaluates for, read from the same user attribute as the token's scope
 *               ({@code ptce_regions}); national evaluators cover every région
 */
public record Evaluateur(String sub, String nom, String email, Portee portee) {

    /** Whether a file of this région may be given to this evaluator. */
    public boolean couvre(String region) {
        return portee.couvre(region);
    }
}

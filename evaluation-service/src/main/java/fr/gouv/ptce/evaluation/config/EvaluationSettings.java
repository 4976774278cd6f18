package fr.gouv.ptce.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

@ConfigMapping(prefix = "ptce.evaluation")
public interface EvaluationSettings {

    /**
     * Two evaluators whose totals (0–5 scale) differ by strictly more than this are flagged as
     * divergent in the ranking, so the committee looks at the file before deciding.
     */
    @WithDefault("1.5")
    BigDecimal divergenceSeuil();

    /** Submitted evaluations a file needs before it is ranked and can receive a decision. */
    @WithDefault("2")
    int evaluationsMinimum();

    Conservation conservation();

    Annuaire annuaire();

    /**
     * The directory of evaluators: Keycloak's admin API, reached with the admin client configured by
     * {@code quarkus.keycloak.admin-client.*} (server PTCE_KEYCLOAK_URL, client evaluation-annuaire,
     * secret PTCE_ANNUAIRE_SECRET).
     */
    interface Annuaire {
        /** The realm whose users are the platform's agents. */
        @WithDefault("ptce")
        String royaume();

        /** Most evaluators read from the directory (by pages of 100): a bound on one request's work. */
        @WithDefault("2000")
        int maximum();
    }

    /** How long personal data are kept (docs/DONNEES-PERSONNELLES.md); ISO-8601 periods. */
    interface Conservation {
        /**
         * A file not retained (inadmissible, refused, closed without follow-up, withdrawn, renounced) loses its
         * contact's, owner's and members' personal data this long after its last change; decisions stay.
         */
        @WithDefault("P2Y")
        java.time.Period nonRetenues();

        /** Most files anonymised by one run (one transaction); the next run takes the rest. */
        @WithDefault("500")
        int lot();

        /** Whether the purge runs on its own every {@link #intervalle()} (off in tests, which call it). */
        @WithDefault("true")
        boolean planifiee();

        @WithDefault("6h")
        java.time.Duration intervalle();
    }
}

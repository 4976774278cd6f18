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
}

package fr.gouv.ptce.commons.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "ptce.journal-audit")
public interface JournalAuditSettings {

    /**
     * The name in {@code /api/v1/journal-audit/{service}}; by default the application name without
     * "-service" (evaluation-service → evaluation).
     */
    Optional<String> service();

    @WithDefault("50")
    int tailleParDefaut();

    @WithDefault("200")
    int tailleMax();
}

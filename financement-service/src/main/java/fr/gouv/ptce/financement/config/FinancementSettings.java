package fr.gouv.ptce.financement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ptce.financement")
public interface FinancementSettings {

    /** How long before a report's due date the porteur is reminded ({@code rapport.attendu}). */
    @WithDefault("P30D")
    Duration rapportPreavis();

    /**
     * How often the schedule is examined (instalments coming payable, reports coming due), read by
     * {@code @Scheduled} as {@code ${ptce.financement.examen-intervalle}}; {@code off} disables it.
     */
    @WithDefault("1h")
    String examenIntervalle();
}

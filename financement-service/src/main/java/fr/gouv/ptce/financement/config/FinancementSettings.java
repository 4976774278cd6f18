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

    Conservation conservation();

    /** How long personal data are kept (docs/DONNEES-PERSONNELLES.md); ISO-8601 periods. */
    interface Conservation {
        /**
         * Accounting retention (Code de commerce L123-22, décret GBCP): an ended agreement's figures stay;
         * its contact's name and e-mail and its owner are removed this long after its end.
         */
        @WithDefault("P10Y")
        java.time.Period comptable();

        /** Most agreements handled by one run (one transaction); the next run takes the rest. */
        @WithDefault("500")
        int lot();

        /** Whether the purge runs on its own every {@link #intervalle()} (off in tests, which call it). */
        @WithDefault("true")
        boolean planifiee();

        @WithDefault("24h")
        Duration intervalle();
    }
}

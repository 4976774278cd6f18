package fr.gouv.ptce.financement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

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

    /** The grants published in the SCDL « Subventions » format (décret n° 2017-779). */
    DonneesOuvertes donneesOuvertes();

    interface DonneesOuvertes {

        /** nomAttribuant: the official name of the granting body. */
        @WithDefault("Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique")
        String nomAttribuant();

        /** idAttribuant: its SIRET; without it the open data answers 503 rather than publish a wrong line. */
        Optional<String> siretAttribuant();

        /** Requests per minute and per client address on the public files (they are cached besides). */
        @WithDefault("120")
        int requetesParMinute();
    }

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

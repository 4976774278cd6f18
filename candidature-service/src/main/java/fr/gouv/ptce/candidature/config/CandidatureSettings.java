package fr.gouv.ptce.candidature.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of candidature-service (prefix {@code ptce.candidature}, env PTCE_CANDIDATURE_…). */
@ConfigMapping(prefix = "ptce.candidature")
public interface CandidatureSettings {

    Pieces pieces();

    Conservation conservation();

    /**
     * How long personal data are kept (docs/DONNEES-PERSONNELLES.md): the same periods for every
     * campaign, changed by the operator (env PTCE_CANDIDATURE_CONSERVATION_…, ISO-8601 periods).
     */
    interface Conservation {
        /** A draft never submitted is deleted, with its attachments, this long after its campaign's deadline. */
        @WithDefault("P6M")
        java.time.Period brouillons();

        /**
         * A file not retained (refused, closed without follow-up, withdrawn after submission) loses its
         * contact's and members' personal data and its attachments this long after the last change of status
         * (the two-month appeal period and the following litigation, then statistics only).
         */
        @WithDefault("P2Y")
        java.time.Period nonRetenues();

        /** Most files handled by one run of the purge (one transaction); the next run takes the rest. */
        @WithDefault("500")
        int lot();

        /** Whether the purge runs on its own every {@link #intervalle()} (off in tests, which call it). */
        @WithDefault("true")
        boolean planifiee();

        @WithDefault("6h")
        java.time.Duration intervalle();
    }

    Antivirus antivirus();

    /** The ClamAV daemon (clamd) every attachment is scanned by, over TCP. */
    interface Antivirus {
        @WithDefault("localhost")
        String hote();

        @WithDefault("3310")
        int port();

        /** Longest wait for the connection and for the verdict (a 10 MB file takes well under a second). */
        @WithDefault("30s")
        java.time.Duration delai();
    }

    Sirene sirene();

    /**
     * INSEE's API Sirene (optional). With both {@code url} and {@code cle}, the SIRET of the structure
     * and of every member is checked at submission; without them the platform says at start that it is not.
     */
    interface Sirene {
        /** Base of the API, e.g. https://api.insee.fr/api-sirene/3.11 (GET {url}/siret/{siret}). */
        java.util.Optional<java.net.URI> url();

        /** The integration key, sent in the X-INSEE-Api-Key-Integration header. */
        java.util.Optional<String> cle();

        /** Longest wait for one answer (connection and response). */
        @WithDefault("5s")
        java.time.Duration delai();

        /** Attempts of one lookup when the API answers 429 (its 30 requests a minute spent). */
        @WithDefault("3")
        int tentativesMax();

        /** First wait after a 429 without Retry-After; then doubled. */
        @WithDefault("2s")
        java.time.Duration attenteInitiale();

        /** Longest wait between two attempts, even when Retry-After asks for more. */
        @WithDefault("20s")
        java.time.Duration attenteMax();
    }

    interface Pieces {
        /** Largest attachment accepted, in bytes (10 MB). */
        @WithDefault("10485760")
        long tailleMaxOctets();

        /** Largest total of one application's attachments, in bytes (50 MB). */
        @WithDefault("52428800")
        long totalMaxOctets();
    }
}

package fr.gouv.ptce.candidature.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of candidature-service (prefix {@code ptce.candidature}, env PTCE_CANDIDATURE_…). */
@ConfigMapping(prefix = "ptce.candidature")
public interface CandidatureSettings {

    Pieces pieces();

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

    interface Pieces {
        /** Largest attachment accepted, in bytes (10 MB). */
        @WithDefault("10485760")
        long tailleMaxOctets();

        /** Largest total of one application's attachments, in bytes (50 MB). */
        @WithDefault("52428800")
        long totalMaxOctets();
    }
}

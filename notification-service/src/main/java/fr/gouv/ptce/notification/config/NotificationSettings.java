package fr.gouv.ptce.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ptce.notification")
public interface NotificationSettings {

    Envoi envoi();

    Webhooks webhooks();

    Relances relances();

    Conservation conservation();

    /** How long personal data are kept (docs/DONNEES-PERSONNELLES.md); ISO-8601 periods. */
    interface Conservation {
        /**
         * An e-mail's bodies (and a webhook delivery's copy of the event) are purged this long after it
         * was sent or given up; the proof of sending stays (recipient's hash, subject, instant, Message-ID).
         */
        @WithDefault("P6M")
        java.time.Period courriels();

        /** Most e-mails (and deliveries) purged by one run (one transaction); the next run takes the rest. */
        @WithDefault("1000")
        int lot();

        /** Whether the purge runs on its own every {@link #intervalle()} (off in tests, which call it). */
        @WithDefault("true")
        boolean planifiee();

        @WithDefault("6h")
        Duration intervalle();
    }

    /**
     * Where the platform's front end is served (PTCE_FRONT_URL, no trailing slash needed): e-mails link to
     * its pages, e.g. an evaluator's {@code <adresse>/evaluations/<id>}.
     */
    String adressePlateforme();

    /** A mailbox of the instruction team that gets a copy of each new or returned application. */
    Optional<String> copieInstruction();

    /**
     * The service in charge of the applications, as the acknowledgement of receipt and every
     * negative decision name it (code des relations entre le public et l'administration, R. 112-5):
     * where to write, including for a recours gracieux.
     */
    ServiceInstructeur serviceInstructeur();

    interface ServiceInstructeur {
        @WithDefault("Service instructeur de l'appel à manifestation d'intérêt PTCE")
        String nom();

        /** Postal address, on one line. */
        Optional<String> adresse();

        Optional<String> courriel();

        Optional<String> telephone();

        /** The court a recours contentieux goes to. */
        @WithDefault("le tribunal administratif territorialement compétent")
        String tribunal();
    }

    interface Envoi {
        /** Period of the sender's timer (it is also woken at each commit that queues e-mails). */
        @WithDefault("10s")
        Duration intervalle();

        /** Attempts before an e-mail is given up as ECHEC. */
        @WithDefault("8")
        int maxTentatives();

        /** Pause after the first failure; doubled after each further failure. */
        @WithDefault("30s")
        Duration delaiInitial();

        @WithDefault("1h")
        Duration delaiMax();

        /** E-mails sent per pass of the sender before it lets others run. */
        @WithDefault("50")
        int lot();

        /** Domain of the Message-ID this service sets on each e-mail. */
        @WithDefault("ptce.gouv.fr")
        String domaineMessageId();
    }

    interface Relances {
        /** Period of the reminder job. */
        @WithDefault("15m")
        Duration intervalle();
    }

    interface Webhooks {
        /** Period of the deliverer's timer (it is also woken at each commit that queues deliveries). */
        @WithDefault("10s")
        Duration intervalle();

        /** http and loopback allowed: the local launcher and the tests only. */
        @WithDefault("false")
        boolean autoriserLocal();

        /**
         * Waits between the attempts of a delivery, after the first (immediate) one: by default the
         * schedule Standard Webhooks recommends (kit {@code ReessaiSelonCalendrier}). A delivery that
         * fails at every attempt, with no success of its endpoint meanwhile, disables the endpoint.
         */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        java.util.List<Duration> calendrier();

        /** How long the previous secret keeps signing after a rotation, beside the new one. */
        @WithDefault("24h")
        Duration chevauchementRotation();

        Chiffrement chiffrement();

        /** Encryption at rest of the signing secrets (AES-256-GCM). */
        interface Chiffrement {
            /** The key: base64 of 32 bytes, from a Kubernetes Secret in production. */
            String cle();

            /** Its id, stored with each encrypted secret, so that a later key can tell its rows apart. */
            @WithDefault("k1")
            String cleId();
        }

        /** Per request: a slow receiver must not hold the others back. */
        @WithDefault("5s")
        Duration delaiReponse();

        @WithDefault("50")
        int lot();

        /**
         * Deliveries made at the same time, each to a different endpoint: a receiver that does not
         * answer holds one of them only.
         */
        @WithDefault("4")
        int paralleles();
    }
}

package fr.gouv.ptce.launcher;

import java.util.Map;

/**
 * Short retry and polling timings for the platform of the system tests, passed to the services as
 * environment variables on top of what {@link ServicePart} sets. {@code ./ptce up} does not use
 * them: its services keep their production defaults (seconds to an hour between retries), which
 * would make a fault test wait minutes for what it checks.
 */
public final class SystemTestSettings {

    private SystemTestSettings() {
    }

    /** Every variable, whatever the service: a service ignores the ones it does not read. */
    public static Map<String, String> serviceEnvironment() {
        return Map.ofEntries(
                // Outbox relay (ptce-commons): poll often, pause briefly after a failed publication.
                Map.entry("PTCE_OUTBOX_POLL_INTERVAL", "1s"),
                Map.entry("PTCE_OUTBOX_RETRY_BACKOFF", "500ms"),
                // notification-service: e-mails retried every second or two, for long enough to
                // outlast an SMTP outage of a fault test.
                Map.entry("PTCE_MAIL_INTERVALLE", "1s"),
                Map.entry("PTCE_MAIL_DELAI_INITIAL", "500ms"),
                Map.entry("PTCE_MAIL_DELAI_MAX", "2s"),
                Map.entry("PTCE_MAIL_MAX_TENTATIVES", "300"),
                // Webhooks: a receiver that does not answer within 1 s fails; the Standard Webhooks
                // schedule compressed to 4 attempts (now, +300 ms, +600 ms, +1 s), after which a
                // receiver that failed them all is disabled.
                Map.entry("PTCE_WEBHOOKS_INTERVALLE", "1s"),
                Map.entry("PTCE_WEBHOOKS_CALENDRIER", "300ms,600ms,1s"),
                Map.entry("PTCE_WEBHOOKS_TIMEOUT", "1s"),
                // Per-client write limit (ptce-commons): the system tests write a lot as a few demo
                // users; the limit itself is tested in ptce-commons and in each service, and the
                // reduced demo of the system tests (DemoReduiteTest) restarts the services without
                // this raise, so that ./ptce demo's code meets the limit ./ptce up ships.
                Map.entry("PTCE_RATE_LIMIT_ECRITURES_PAR_MINUTE", "100000"),
                Map.entry("PTCE_RATE_LIMIT_RAFALE", "100000"));
    }
}

package fr.gouv.ptce.benchmarks;

import java.util.List;

/** What every scenario shares: settings, report, tokens, the reference app's address. */
public record Context(Settings s, Report report, Api api, Keycloak.User admin, Keycloak.User instructeur,
                      Keycloak.User comite, List<Keycloak.User> porteurs, String referenceUrl) {

    public String candidatureUrl() {
        return s.url(s.candidature());
    }

    public String evaluationUrl() {
        return s.url(s.evaluation());
    }
}

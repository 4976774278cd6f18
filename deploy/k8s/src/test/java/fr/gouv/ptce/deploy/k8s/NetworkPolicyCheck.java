package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Whether a service's NetworkPolicy lets it reach pods carrying a label, on a port. */
final class NetworkPolicyCheck {

    private NetworkPolicyCheck() {
    }

    static void allowsEgress(Rendered r, String service, String label, String value, int port, List<String> problems) {
        JsonNode policy = r.get("NetworkPolicy", service);
        boolean allowed = false;
        for (JsonNode rule : policy.path("spec").path("egress")) {
            boolean peer = false;
            for (JsonNode to : rule.path("to")) {
                peer |= value.equals(to.path("podSelector").path("matchLabels").path(label).asText());
            }
            boolean portOk = false;
            for (JsonNode p : rule.path("ports")) {
                portOk |= p.path("port").asInt() == port;
            }
            allowed |= peer && portOk;
        }
        if (!allowed) {
            problems.add(r.overlay() + " NetworkPolicy/" + service + ": no egress to " + label + "=" + value + " on " + port);
        }
    }
}

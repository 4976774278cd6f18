package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * candidature-service's egress beyond the cluster: to Démarches Simplifiées only, on TCP 443, to
 * single addresses (never "anywhere"); production sets its own address over the base's unrouted
 * placeholder. (notification-service's SMTP and webhook egress is its own policy's business.)
 */
class EgressDemarchesTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;
    static final String POLITIQUE = "candidature-service-demarches-simplifiees";
    static final String ADRESSE_DE_BASE = "192.0.2.1/32";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void candidatureServiceNeSortDuClusterQueVersDsEn443(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<String> problems = new ArrayList<>();
        List<String> adresses = new ArrayList<>();
        for (ObjectNode policy : r.ofKind("NetworkPolicy")) {
            String name = Rendered.name(policy);
            for (JsonNode rule : policy.path("spec").path("egress")) {
                List<String> blocs = rule.path("to").findValuesAsText("cidr");
                String selects = policy.path("spec").path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText();
                if (blocs.isEmpty() || !selects.equals("candidature-service")) {
                    continue;
                }
                for (String cidr : blocs) {
                    if (!cidr.endsWith("/32")) {
                        problems.add(name + ": " + cidr + " is more than one address");
                    }
                    adresses.add(cidr);
                }
                JsonNode ports = rule.path("ports");
                if (ports.size() != 1 || ports.get(0).path("port").asInt() != 443
                        || !"TCP".equals(ports.get(0).path("protocol").asText())) {
                    problems.add(name + ": egress beyond the cluster must be TCP 443 only, found " + ports);
                }
                if (rule.path("to").findValues("except").size() > 0 || rule.path("to").findValues("podSelector").size() > 0) {
                    problems.add(name + ": an address rule mixes other peers");
                }
            }
        }
        r.find("NetworkPolicy", POLITIQUE).ifPresentOrElse(p -> { }, () -> problems.add("no NetworkPolicy " + POLITIQUE));
        assertEquals(List.of(), problems);
        assertTrue(!adresses.isEmpty(), overlay + ": candidature-service cannot reach DS");
        if (overlay.equals("prod")) {
            assertTrue(!adresses.contains(ADRESSE_DE_BASE), "prod keeps the base's unrouted placeholder: " + adresses);
        }
    }
}

package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge limits each client address before any service sees the request, and it knows the client
 * address only from a proxy it trusts. Envoy Gateway's policies have no published schema
 * (deploy/README.md, "What the build checks"), so what the edge relies on is checked here: each
 * policy attaches to an object the same render contains, the limit is per address for IPv4 and
 * IPv6, and the ingress-nginx option keeps the same figure.
 */
class EdgeRateLimitTest {

    private static final String ENVOY_GROUP = "gateway.envoyproxy.io/";

    @Test
    void prodLimitsEachClientAddressAtTheGateway() {
        Rendered prod = Rendered.of("prod");
        ObjectNode limite = prod.get("BackendTrafficPolicy", "ptce-api-limite-par-adresse");
        assertTrue(limite.path("apiVersion").asText().startsWith(ENVOY_GROUP), limite.toString());
        assertTargetsExist(prod, limite, "HTTPRoute");
        JsonNode rateLimit = limite.path("spec").path("rateLimit");
        assertEquals("Local", rateLimit.path("type").asText());
        List<String> distincts = new ArrayList<>();
        for (JsonNode rule : rateLimit.path("local").path("rules")) {
            assertEquals(1, rule.path("clientSelectors").size(), "one selector per rule: " + rule);
            JsonNode source = rule.path("clientSelectors").get(0).path("sourceCIDR");
            assertEquals("Distinct", source.path("type").asText(), "one bucket per address: " + rule);
            distincts.add(source.path("value").asText());
            assertEquals(limitePerMinute(), perMinute(rule.path("limit")), rule.toString());
        }
        assertEquals(List.of("0.0.0.0/0", "::/0"), distincts, "every IPv4 and IPv6 client has its bucket");
    }

    @Test
    void prodBelievesForwardedAddressesOnlyFromTrustedRanges() {
        Rendered prod = Rendered.of("prod");
        ObjectNode adresse = prod.get("ClientTrafficPolicy", "ptce-api-adresse-client");
        assertTargetsExist(prod, adresse, "Gateway");
        JsonNode xff = adresse.path("spec").path("clientIPDetection").path("xForwardedFor");
        assertTrue(xff.path("numTrustedHops").isMissingNode(),
                "a hop count would believe whatever a client prepends when the load balancer is bypassed");
        assertFalse(xff.path("trustedCIDRs").isEmpty(), adresse.toString());
        xff.path("trustedCIDRs").forEach(c -> assertTrue(c.asText().matches("[0-9a-f.:]+/\\d+"), c.asText()));
    }

    @Test
    void theIngressControllerOptionReplacesThePoliciesWithTheSameLimit() {
        Rendered nginx = Rendered.of("fixture-prod-ingress-nginx",
                ServiceSources.REPO.resolve("deploy/k8s/src/test/resources/fixtures/prod-ingress-nginx"));
        assertEquals(List.of(), nginx.resources().stream()
                .filter(r -> r.path("apiVersion").asText().startsWith(ENVOY_GROUP)).map(Rendered::id).toList(),
                "without Envoy Gateway, its policies would make kubectl apply fail");
        JsonNode annotations = nginx.get("Ingress", "ptce-api").path("metadata").path("annotations");
        assertEquals(String.valueOf(limitePerMinute()), annotations.path("nginx.ingress.kubernetes.io/limit-rpm").asText());
        assertEquals("1", annotations.path("nginx.ingress.kubernetes.io/limit-burst-multiplier").asText());
    }

    @Test
    void theLocalOverlayHasNoEdgePolicies() {
        assertEquals(List.of(), Rendered.of("local").resources().stream()
                .filter(r -> r.path("apiVersion").asText().startsWith(ENVOY_GROUP)).map(Rendered::id).toList());
    }

    /** The figure of components/edge-envoy-gateway, per client address and per minute. */
    private static int limitePerMinute() {
        return 1200;
    }

    private static int perMinute(JsonNode limit) {
        int requests = limit.path("requests").asInt();
        return switch (limit.path("unit").asText()) {
            case "Second" -> requests * 60;
            case "Minute" -> requests;
            default -> throw new AssertionError("unexpected unit: " + limit);
        };
    }

    private static void assertTargetsExist(Rendered r, ObjectNode policy, String kind) {
        JsonNode targets = policy.path("spec").path("targetRefs");
        assertFalse(targets.isEmpty(), Rendered.id(policy) + " attaches to nothing");
        for (JsonNode t : targets) {
            assertEquals("gateway.networking.k8s.io", t.path("group").asText());
            assertEquals(kind, t.path("kind").asText());
            assertTrue(r.find(kind, t.path("name").asText()).isPresent(),
                    Rendered.id(policy) + " targets a missing " + kind + " " + t.path("name").asText());
        }
    }
}

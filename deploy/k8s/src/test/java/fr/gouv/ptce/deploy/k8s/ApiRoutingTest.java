package fr.gouv.ptce.deploy.k8s;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTTPRoute of each overlay (and the Ingress of the ingress-controller option) sends each API
 * path to the service whose code serves it, and to that service only.
 */
class ApiRoutingTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** Paths of the HTTP contract whose owner is not obvious from their first segment. */
    static final Map<String, String> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("/api/v1/campagnes", "candidature-service");
        CONTRACT.put("/api/v1/campagnes/c1/publication", "candidature-service");
        CONTRACT.put("/api/v1/campagnes/c1/classement", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/decisions", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/decisions/d1/desistement", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/cloture-selection", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/proces-verbal", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/enveloppe", "financement-service");
        CONTRACT.put("/api/v1/candidatures/x/pieces/p", "candidature-service");
        CONTRACT.put("/api/v1/structures/12345678901234/eligibilite", "candidature-service");
        CONTRACT.put("/api/v1/instructions/x/recevabilite", "evaluation-service");
        CONTRACT.put("/api/v1/evaluations/x/soumission", "evaluation-service");
        CONTRACT.put("/api/v1/evaluateurs", "evaluation-service");
        CONTRACT.put("/api/v1/conventions/x/signature", "financement-service");
        CONTRACT.put("/api/v1/rapports/x/approbation", "financement-service");
        CONTRACT.put("/api/v1/echeances/x/paiement", "financement-service");
        CONTRACT.put("/api/v1/exports/paiements", "financement-service");
        CONTRACT.put("/api/v1/opendata/subventions.csv", "financement-service");
        CONTRACT.put("/api/v1/opendata/subventions/statistiques", "financement-service");
        CONTRACT.put("/api/v1/exports/reversements", "financement-service");
        CONTRACT.put("/api/v1/reversements/x/titre", "financement-service");
        CONTRACT.put("/api/v1/campagnes/c1/decisions/promotion", "evaluation-service");
        CONTRACT.put("/api/v1/notifications", "notification-service");
        CONTRACT.put("/api/v1/webhooks/x/livraisons", "notification-service");
        CONTRACT.put("/api/v1/webhooks/x/rotation", "notification-service");
        CONTRACT.put("/api/v1/webhooks/x/reactivation", "notification-service");
        CONTRACT.put("/api/v1/webhooks/x/livraisons/y/rejeu", "notification-service");
        // the same question to four services: one path each (docs/API-choix.md)
        CONTRACT.put("/api/v1/moi/donnees/candidature", "candidature-service");
        CONTRACT.put("/api/v1/moi/donnees/evaluation", "evaluation-service");
        CONTRACT.put("/api/v1/moi/donnees/financement", "financement-service");
        CONTRACT.put("/api/v1/moi/donnees/notification", "notification-service");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theHttpRouteSendsEveryPathToTheServiceThatServesItAndNoOther(String overlay) {
        Rendered r = Rendered.of(overlay);
        assertEquals(List.of(), r.ofKind("Ingress"), overlay + ": the Ingress is the ingress-nginx option only");
        GatewayRouting routing = new GatewayRouting(r.ofKind("HTTPRoute"));
        assertEquals(List.of(), problems(path -> {
            Set<String> services = routing.servicesFor(path);
            return services.isEmpty() ? "nothing" : String.join(" and ", services);
        }), overlay);
    }

    @Test
    void theIngressControllerOptionRoutesTheSame() {
        Rendered r = Rendered.of("fixture-prod-ingress-nginx",
                ServiceSources.REPO.resolve("deploy/k8s/src/test/resources/fixtures/prod-ingress-nginx"));
        assertEquals(List.of(), r.ofKind("HTTPRoute"));
        assertEquals(List.of(), r.ofKind("Gateway"));
        NginxRouting routing = new NginxRouting(r.ofKind("Ingress"));
        assertEquals(List.of(), problems(path -> routing.serviceFor(path).orElse("nothing")));
        assertEquals(List.of(), SchemaCheck.validate("fixture-ingress", r.resources()).errors());
    }

    /** Paths routed elsewhere than to their service, for a router giving the service(s) of a path. */
    private static List<String> problems(Function<String, String> router) {
        List<String> problems = new ArrayList<>();
        for (String service : ServiceSources.SERVICES) {
            for (String path : ServiceSources.httpPaths(service)) {
                // The clock endpoint exists in every service (ptce-commons) and is off in production.
                if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/horloge")) {
                    continue;
                }
                for (String sample : List.of(path.replaceAll("\\{[^}]*}", "x1"), path.replaceAll("\\{[^}]*}", "x1") + "/")) {
                    String routed = router.apply(sample);
                    if (!routed.equals(service)) {
                        problems.add(service + " serves " + path + " but " + sample + " goes to " + routed);
                    }
                }
            }
        }
        CONTRACT.forEach((path, service) -> {
            String routed = router.apply(path);
            if (!routed.equals(service)) {
                problems.add("contract path " + path + " belongs to " + service + ", routed to " + routed);
            }
        });
        for (String hidden : List.of("/q/health/ready", "/q/metrics", "/q/swagger-ui", "/api/v1/horloge", "/api/v1/campagnesX", "/api/v1/moi/donnees")) {
            String routed = router.apply(hidden);
            if (!routed.equals("nothing")) {
                problems.add(hidden + " must not be public, routed to " + routed);
            }
        }
        return problems;
    }
}

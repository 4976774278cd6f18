package fr.gouv.ptce.deploy.k8s;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Ingress sends each API path to the service whose code serves it. */
class IngressRoutingTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** Paths of the HTTP contract whose owner is not obvious from their first segment. */
    static final Map<String, String> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("/api/v1/campagnes", "candidature-service");
        CONTRACT.put("/api/v1/campagnes/c1/publication", "candidature-service");
        CONTRACT.put("/api/v1/campagnes/c1/classement", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/decisions", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/decisions/d1/desistement", "evaluation-service");
        CONTRACT.put("/api/v1/campagnes/c1/enveloppe", "financement-service");
        CONTRACT.put("/api/v1/candidatures/x/pieces/p", "candidature-service");
        CONTRACT.put("/api/v1/structures/12345678901234/eligibilite", "candidature-service");
        CONTRACT.put("/api/v1/instructions/x/recevabilite", "evaluation-service");
        CONTRACT.put("/api/v1/evaluations/x/soumission", "evaluation-service");
        CONTRACT.put("/api/v1/conventions/x/signature", "financement-service");
        CONTRACT.put("/api/v1/rapports/x/approbation", "financement-service");
        CONTRACT.put("/api/v1/echeances/x/paiement", "financement-service");
        CONTRACT.put("/api/v1/exports/paiements", "financement-service");
        CONTRACT.put("/api/v1/notifications", "notification-service");
        CONTRACT.put("/api/v1/webhooks/x/livraisons", "notification-service");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPathTheServicesServeReachesThem(String overlay) {
        NginxRouting routing = new NginxRouting(Rendered.of(overlay).ofKind("Ingress"));
        List<String> problems = new ArrayList<>();
        for (String service : ServiceSources.SERVICES) {
            for (String path : ServiceSources.httpPaths(service)) {
                // The clock endpoint exists in every service (ptce-commons) and is off in production.
                if (!path.startsWith("/api/v1/") || path.startsWith("/api/v1/horloge")) {
                    continue;
                }
                String sample = path.replaceAll("\\{[^}]*}", "x1");
                String routed = routing.serviceFor(sample).orElse("nothing");
                if (!routed.equals(service)) {
                    problems.add(service + " serves " + path + " but the Ingress sends it to " + routed);
                }
            }
        }
        CONTRACT.forEach((path, service) -> {
            String routed = routing.serviceFor(path).orElse("nothing");
            if (!routed.equals(service)) {
                problems.add("contract path " + path + " belongs to " + service + ", Ingress sends it to " + routed);
            }
        });
        for (String hidden : List.of("/q/health/ready", "/q/metrics", "/q/swagger-ui", "/api/v1/horloge")) {
            routing.serviceFor(hidden).ifPresent(s -> problems.add(hidden + " must not be public, routed to " + s));
        }
        assertEquals(List.of(), problems, overlay);
    }
}

package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an NGINX ingress controller with use-regex routes a request path: every path becomes a
 * case-insensitive regex location anchored at the start, tried longest path first.
 */
final class NginxRouting {

    record Route(String host, String path, Pattern pattern, String service, JsonNode port) {
    }

    private final List<Route> routes = new ArrayList<>();

    NginxRouting(List<? extends JsonNode> ingresses) {
        for (JsonNode ingress : ingresses) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode p : rule.path("http").path("paths")) {
                    String path = p.path("path").asText();
                    routes.add(new Route(rule.path("host").asText(), path,
                            Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE),
                            p.path("backend").path("service").path("name").asText(),
                            p.path("backend").path("service").path("port")));
                }
            }
        }
        routes.sort(Comparator.comparingInt((Route r) -> r.path().length()).reversed());
    }

    List<Route> routes() {
        return routes;
    }

    Optional<String> serviceFor(String requestPath) {
        return routes.stream().filter(r -> r.pattern().matcher(requestPath).lookingAt()).findFirst().map(Route::service);
    }
}

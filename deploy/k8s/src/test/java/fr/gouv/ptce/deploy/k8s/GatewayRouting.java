package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which services an HTTPRoute's rules can send a request path to, by the Gateway API's matching:
 * PathPrefix on whole path segments, Exact, RegularExpression over the whole path. It returns every
 * backend whose rule matches, not the one an implementation would pick: routes are meant to be
 * unambiguous, since precedence between a regex and a prefix match is implementation-specific.
 */
final class GatewayRouting {

    record Rule(String route, String type, String value, String service, int port) {

        boolean matches(String path) {
            return switch (type) {
                case "PathPrefix" -> {
                    String prefix = value.endsWith("/") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
                    yield path.equals(prefix) || path.startsWith(prefix.equals("/") ? "/" : prefix + "/");
                }
                case "Exact" -> path.equals(value);
                case "RegularExpression" -> Pattern.compile(value).matcher(path).matches();
                default -> throw new IllegalStateException(route + ": unknown path match type " + type);
            };
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    GatewayRouting(List<? extends JsonNode> routes) {
        for (JsonNode route : routes) {
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    for (JsonNode match : rule.path("matches")) {
                        rules.add(new Rule(Rendered.name(route), match.path("path").path("type").asText("PathPrefix"),
                                match.path("path").path("value").asText("/"), backend.path("name").asText(),
                                backend.path("port").asInt()));
                    }
                }
            }
        }
    }

    List<Rule> rules() {
        return rules;
    }

    TreeSet<String> servicesFor(String path) {
        TreeSet<String> services = new TreeSet<>();
        rules.stream().filter(r -> r.matches(path)).forEach(r -> services.add(r.service()));
        return services;
    }
}

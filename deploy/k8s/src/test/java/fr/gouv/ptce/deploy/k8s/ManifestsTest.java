package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rendered overlay is in the namespace, labelled, and its references resolve (schemas: SchemasTest). */
class ManifestsTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyResourceIsInTheNamespaceAndLabelled(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : r.resources()) {
            boolean clusterScoped = resource.path("kind").asText().equals("Namespace");
            if (!clusterScoped && !"ptce".equals(resource.path("metadata").path("namespace").asText())) {
                problems.add(resource.path("kind").asText() + "/" + Rendered.name(resource) + ": not in namespace ptce");
            }
            if (!"ptce".equals(resource.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())) {
                problems.add(resource.path("kind").asText() + "/" + Rendered.name(resource) + ": no part-of label");
            }
        }
        assertEquals(List.of(), problems, overlay);
        assertTrue(r.resources().size() > 40, overlay + ": suspiciously few resources: " + r.resources().size());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void referencesBetweenResourcesResolve(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode service : r.ofKind("Service")) {
            long pods = r.ofKind("Deployment").stream().filter(d -> Rendered.labelsMatch(service.path("spec").path("selector"),
                    d.path("spec").path("template").path("metadata").path("labels"))).count();
            if (pods != 1) {
                problems.add("Service " + Rendered.name(service) + " selects " + pods + " Deployments");
            }
        }
        for (ObjectNode hpa : r.ofKind("HorizontalPodAutoscaler")) {
            if (r.find("Deployment", hpa.path("spec").path("scaleTargetRef").path("name").asText()).isEmpty()) {
                problems.add("HPA " + Rendered.name(hpa) + " targets a missing Deployment");
            }
        }
        for (ObjectNode pdb : r.ofKind("PodDisruptionBudget")) {
            if (r.ofKind("Deployment").stream().noneMatch(d -> Rendered.labelsMatch(pdb.path("spec").path("selector").path("matchLabels"),
                    d.path("spec").path("template").path("metadata").path("labels")))) {
                problems.add("PDB " + Rendered.name(pdb) + " selects no Deployment");
            }
        }
        for (GatewayRouting.Rule rule : new GatewayRouting(r.ofKind("HTTPRoute")).rules()) {
            var svc = r.find("Service", rule.service());
            boolean port = svc.isPresent() && svc.get().path("spec").path("ports").findValuesAsText("port")
                    .contains(String.valueOf(rule.port()));
            if (!port) {
                problems.add("HTTPRoute rule " + rule.value() + " goes to a missing Service or port: " + rule.service() + ":" + rule.port());
            }
        }
        for (ObjectNode route : r.ofKind("HTTPRoute")) {
            for (JsonNode parent : route.path("spec").path("parentRefs")) {
                if (r.find("Gateway", parent.path("name").asText()).isEmpty()) {
                    problems.add("HTTPRoute " + Rendered.name(route) + " attaches to a missing Gateway " + parent.path("name").asText());
                }
            }
        }
        for (ObjectNode ingress : r.ofKind("Ingress")) {
            for (NginxRouting.Route route : new NginxRouting(List.of(ingress)).routes()) {
                var svc = r.find("Service", route.service());
                boolean port = svc.isPresent() && svc.get().path("spec").path("ports").findValuesAsText("name")
                        .contains(route.port().path("name").asText());
                if (!port) {
                    problems.add("Ingress path " + route.path() + " goes to a missing Service or port: " + route.service());
                }
            }
        }
        for (ObjectNode policy : r.ofKind("NetworkPolicy")) {
            for (JsonNode cluster : policy.findValues("cnpg.io/cluster")) {
                r.find("Cluster", cluster.asText()).ifPresentOrElse(c -> { },
                        () -> problems.add("NetworkPolicy " + Rendered.name(policy) + " names a missing database " + cluster.asText()));
            }
        }
        for (String kind : List.of("KafkaTopic", "KafkaNodePool")) {
            for (ObjectNode k : r.ofKind(kind)) {
                if (r.find("Kafka", k.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEmpty()) {
                    problems.add(kind + " " + Rendered.name(k) + " belongs to a missing Kafka");
                }
            }
        }
        for (ObjectNode backup : r.ofKind("ScheduledBackup")) {
            if (r.find("Cluster", backup.path("spec").path("cluster").path("name").asText()).isEmpty()) {
                problems.add("ScheduledBackup " + Rendered.name(backup) + " of a missing Cluster");
            }
        }
        for (ObjectNode cluster : r.ofKind("Cluster")) {
            for (JsonNode plugin : cluster.path("spec").path("plugins")) {
                String store = plugin.path("parameters").path("barmanObjectName").asText();
                if (r.find("ObjectStore", store).isEmpty()) {
                    problems.add("Cluster " + Rendered.name(cluster) + " archives to a missing ObjectStore " + store);
                }
            }
        }
        for (ObjectNode keycloak : r.ofKind("Keycloak")) {
            String host = keycloak.path("spec").path("db").path("host").asText();
            if (r.find("Cluster", host.replaceAll("-rw$", "")).isEmpty()) {
                problems.add("Keycloak's database host " + host + " is not a CloudNativePG cluster");
            }
            for (String ref : List.of("usernameSecret", "passwordSecret")) {
                checkSecret(r, keycloak.path("spec").path("db").path(ref).path("name").asText(), problems, "Keycloak");
            }
        }
        for (ObjectNode monitor : r.ofKind("ServiceMonitor")) {
            List<String> scraped = new ArrayList<>();
            for (ObjectNode service : r.ofKind("Service")) {
                if (Rendered.labelsMatch(monitor.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels"))) {
                    scraped.add(Rendered.name(service));
                    for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                        if (!service.path("spec").path("ports").findValuesAsText("name").contains(endpoint.path("port").asText())) {
                            problems.add("ServiceMonitor " + Rendered.name(monitor) + " scrapes a port " + service + " lacks");
                        }
                        if (!endpoint.path("path").asText().equals("/q/metrics")) {
                            problems.add("ServiceMonitor " + Rendered.name(monitor) + " scrapes " + endpoint.path("path") + ", not /q/metrics");
                        }
                    }
                }
            }
            if (!scraped.containsAll(ServiceSources.SERVICES)) {
                problems.add("ServiceMonitor " + Rendered.name(monitor) + " scrapes only " + scraped);
            }
        }
        if (overlay.equals("prod") && r.ofKind("ServiceMonitor").isEmpty()) {
            problems.add("prod has no ServiceMonitor");
        }
        for (ObjectNode realm : r.ofKind("KeycloakRealmImport")) {
            if (r.find("Keycloak", realm.path("spec").path("keycloakCRName").asText()).isEmpty()) {
                problems.add("KeycloakRealmImport " + Rendered.name(realm) + " for a missing Keycloak");
            }
        }
        assertEquals(List.of(), problems, overlay);
    }

    /** Secrets the ops team creates (deploy/README.md says how); no secret value is in the repository. */
    static final List<String> OPS_SECRETS = List.of(RealmImports.SECRET, "ptce-backup-s3", "ptce-api-tls", "ptce-smtp",
            "ptce-ds-token-key", "ptce-webhooks");

    /** A Secret the manifests reference exists, is generated by an operator (CloudNativePG, Strimzi), or is created by ops. */
    static void checkSecret(Rendered r, String name, List<String> problems, String who) {
        if (!r.generatedByOperator(name) && !OPS_SECRETS.contains(name) && r.find("Secret", name).isEmpty()) {
            problems.add(who + " uses Secret " + name + ", neither in the manifests nor generated by an operator");
        }
    }
}

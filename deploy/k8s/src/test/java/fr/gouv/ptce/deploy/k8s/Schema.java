package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A light structural schema, transcribed from the Kubernetes API and the operators' CRDs for the
 * fields these manifests use: the apiVersion of each kind, the fields each kind requires, and the
 * fields allowed where a typo would silently be ignored by a lenient reader (a misspelt probe or
 * securityContext field is rejected by the API server's strict validation, not by kustomize).
 * Not the full OpenAPI schemas (not reachable from this build): see deploy/README.md for the
 * server-side dry run that checks those on a cluster.
 */
final class Schema {

    static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Namespace", "v1"), Map.entry("ConfigMap", "v1"), Map.entry("Service", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Deployment", "apps/v1"), Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("PodDisruptionBudget", "policy/v1"), Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("Ingress", "networking.k8s.io/v1"), Map.entry("ServiceMonitor", "monitoring.coreos.com/v1"),
            Map.entry("Kafka", "kafka.strimzi.io/v1"), Map.entry("KafkaNodePool", "kafka.strimzi.io/v1"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1"), Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("ScheduledBackup", "postgresql.cnpg.io/v1"), Map.entry("ObjectStore", "barmancloud.cnpg.io/v1"),
            Map.entry("Keycloak", "k8s.keycloak.org/v2alpha1"),
            Map.entry("KeycloakRealmImport", "k8s.keycloak.org/v2alpha1"));

    /** Required paths per kind (dot-separated, below the resource). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("ConfigMap", List.of("data")),
            Map.entry("Service", List.of("spec.selector", "spec.ports")),
            Map.entry("Deployment", List.of("spec.selector.matchLabels", "spec.template.metadata.labels",
                    "spec.template.spec.containers")),
            Map.entry("HorizontalPodAutoscaler", List.of("spec.scaleTargetRef.name", "spec.maxReplicas", "spec.metrics")),
            Map.entry("PodDisruptionBudget", List.of("spec.selector.matchLabels")),
            Map.entry("NetworkPolicy", List.of("spec.podSelector", "spec.policyTypes")),
            Map.entry("Ingress", List.of("spec.ingressClassName", "spec.rules")),
            Map.entry("ServiceMonitor", List.of("spec.selector", "spec.endpoints")),
            Map.entry("Kafka", List.of("spec.kafka.version", "spec.kafka.metadataVersion", "spec.kafka.listeners",
                    "spec.entityOperator.topicOperator")),
            Map.entry("KafkaNodePool", List.of("metadata.labels.strimzi.io/cluster", "spec.replicas", "spec.roles",
                    "spec.storage.type")),
            Map.entry("KafkaTopic", List.of("metadata.labels.strimzi.io/cluster", "spec.partitions", "spec.replicas")),
            Map.entry("Cluster", List.of("spec.instances", "spec.storage.size", "spec.bootstrap.initdb.database",
                    "spec.bootstrap.initdb.owner")),
            Map.entry("ScheduledBackup", List.of("spec.schedule", "spec.cluster.name", "spec.method")),
            Map.entry("ObjectStore", List.of("spec.configuration.destinationPath")),
            Map.entry("Keycloak", List.of("spec.instances", "spec.db.vendor", "spec.db.host", "spec.hostname.hostname")),
            Map.entry("KeycloakRealmImport", List.of("spec.keycloakCRName", "spec.realm.realm")));

    /** Allowed fields of the objects a typo would hurt most (subset of the API's fields). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "DeploymentSpec", Set.of("replicas", "selector", "template", "strategy", "minReadySeconds",
                    "revisionHistoryLimit", "paused", "progressDeadlineSeconds"),
            "PodSpec", Set.of("containers", "initContainers", "volumes", "securityContext", "serviceAccountName",
                    "automountServiceAccountToken", "enableServiceLinks", "terminationGracePeriodSeconds",
                    "topologySpreadConstraints", "affinity", "tolerations", "nodeSelector", "priorityClassName",
                    "imagePullSecrets", "restartPolicy", "dnsPolicy", "hostname"),
            "Container", Set.of("name", "image", "imagePullPolicy", "command", "args", "workingDir", "ports",
                    "env", "envFrom", "resources", "volumeMounts", "livenessProbe", "readinessProbe",
                    "startupProbe", "lifecycle", "securityContext", "terminationMessagePolicy",
                    "restartPolicy"), // restartPolicy: Always makes an init container a native sidecar (1.29+)
            "Probe", Set.of("httpGet", "tcpSocket", "exec", "grpc", "initialDelaySeconds", "timeoutSeconds",
                    "periodSeconds", "successThreshold", "failureThreshold", "terminationGracePeriodSeconds"),
            "SecurityContext", Set.of("runAsNonRoot", "runAsUser", "runAsGroup", "readOnlyRootFilesystem",
                    "allowPrivilegeEscalation", "capabilities", "seccompProfile", "privileged"),
            "PodSecurityContext", Set.of("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup", "seccompProfile",
                    "supplementalGroups", "fsGroupChangePolicy"));

    private Schema() {
    }

    static JsonNode at(JsonNode node, String dotted) {
        JsonNode current = node;
        // label keys contain dots and a slash: "metadata.labels.strimzi.io/cluster"
        if (dotted.startsWith("metadata.labels.")) {
            return node.path("metadata").path("labels").path(dotted.substring("metadata.labels.".length()));
        }
        for (String part : dotted.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }

    /** Every problem of one resource, as readable sentences. */
    static List<String> problems(JsonNode r) {
        List<String> problems = new ArrayList<>();
        String kind = r.path("kind").asText();
        String id = kind + "/" + Kustomize.name(r);
        if (kind.isEmpty() || Kustomize.name(r).isEmpty()) {
            problems.add("resource without kind or metadata.name: " + r);
            return problems;
        }
        String expected = API_VERSIONS.get(kind);
        if (expected == null) {
            problems.add(id + ": kind not known to the build's schema");
        } else if (!expected.equals(r.path("apiVersion").asText())) {
            problems.add(id + ": apiVersion " + r.path("apiVersion").asText() + ", expected " + expected);
        }
        if (!Kustomize.name(r).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?") || Kustomize.name(r).length() > 253) {
            problems.add(id + ": metadata.name is not a valid Kubernetes name");
        }
        for (String path : REQUIRED.getOrDefault(kind, List.of())) {
            JsonNode v = at(r, path);
            if (v.isMissingNode() || v.isNull() || (v.isContainerNode() && v.isEmpty() && !path.endsWith("podSelector")
                    && !path.endsWith("topicOperator"))) {
                problems.add(id + ": " + path + " is required");
            }
        }
        if (kind.equals("Deployment")) {
            allowed(problems, id + " spec", r.path("spec"), "DeploymentSpec");
            JsonNode pod = r.path("spec").path("template").path("spec");
            allowed(problems, id + " pod", pod, "PodSpec");
            allowed(problems, id + " pod securityContext", pod.path("securityContext"), "PodSecurityContext");
            for (JsonNode c : pod.path("containers")) {
                String cid = id + " container " + c.path("name").asText();
                allowed(problems, cid, c, "Container");
                allowed(problems, cid + " securityContext", c.path("securityContext"), "SecurityContext");
                for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                    allowed(problems, cid + " " + probe, c.path(probe), "Probe");
                }
            }
        }
        return problems;
    }

    private static void allowed(List<String> problems, String where, JsonNode node, String type) {
        node.fieldNames().forEachRemaining(f -> {
            if (!ALLOWED.get(type).contains(f)) {
                problems.add(where + ": unknown field '" + f + "' for " + type);
            }
        });
    }
}

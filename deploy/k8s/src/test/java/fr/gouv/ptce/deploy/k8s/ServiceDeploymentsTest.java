package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Deployments against what the services' code and configuration really need. */
class ServiceDeploymentsTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** What SmallRye Health serves, by probe. */
    static final Map<String, String> PROBE_PATHS = Map.of(
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready", "startupProbe", "/q/health/started");

    @Test
    void theProbePathsAndMetricsAreServedByTheServices() {
        String commonsPom = String.join("\n", ServiceSources.lines(ServiceSources.REPO.resolve("ptce-commons/core/pom.xml")));
        assertTrue(commonsPom.contains("<artifactId>quarkus-smallrye-health</artifactId>"), "/q/health/* needs quarkus-smallrye-health");
        assertTrue(commonsPom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>"), "/q/metrics needs the Prometheus registry");
        // These settings would move /q/health or /q/metrics away from where the probes look.
        List<String> moved = new ArrayList<>();
        List<java.nio.file.Path> files = new ArrayList<>(List.of(ServiceSources.COMMONS_CONFIG));
        ServiceSources.SERVICES.forEach(s -> files.add(ServiceSources.applicationProperties(s)));
        for (var file : files) {
            ServiceSources.properties(file).forEach((key, value) -> {
                if (key.matches("(%prod\\.)?quarkus\\.(http\\.non-application-root-path|smallrye-health\\.root-path"
                        + "|smallrye-health\\.(liveness|readiness|startup)-path|micrometer\\.export\\.prometheus\\.path"
                        + "|management\\.enabled|http\\.root-path)")
                        && !(key.endsWith("management.enabled") && value.equals("false"))) {
                    moved.add(file + ": " + key + "=" + value);
                }
            });
        }
        assertEquals(List.of(), moved, "the probes and the ServiceMonitor assume the default /q paths on the HTTP port");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentIsProbedLimitedAndUnprivileged(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : r.ofKind("Deployment")) {
            String id = overlay + " Deployment/" + Rendered.name(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            Map<String, String> tmpVolumes = new LinkedHashMap<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    tmpVolumes.put(v.path("name").asText(), "emptyDir");
                }
            });
            for (JsonNode c : pod.path("containers")) {
                String cid = id + " container " + c.path("name").asText();
                if (c.path("image").asText().isBlank()) {
                    problems.add(cid + ": no image");
                }
                for (String probe : PROBE_PATHS.keySet()) {
                    if (!c.path(probe).has("httpGet")) {
                        problems.add(cid + ": no HTTP " + probe);
                    }
                }
                for (String res : List.of("requests", "limits")) {
                    for (String kind : List.of("cpu", "memory")) {
                        if (c.path("resources").path(res).path(kind).asText().isBlank()) {
                            problems.add(cid + ": no resources." + res + "." + kind);
                        }
                    }
                }
                JsonNode sc = c.path("securityContext");
                JsonNode psc = pod.path("securityContext");
                if (!(sc.path("runAsNonRoot").asBoolean(false) || psc.path("runAsNonRoot").asBoolean(false))) {
                    problems.add(cid + ": runAsNonRoot is not true");
                }
                if (sc.path("runAsUser").asInt(1) == 0 || psc.path("runAsUser").asInt(1) == 0) {
                    problems.add(cid + ": runs as uid 0");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(cid + ": root file system is writable");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(cid + ": allowPrivilegeEscalation is not false");
                }
                if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                    problems.add(cid + ": capabilities not dropped");
                }
                if (!"RuntimeDefault".equals(psc.path("seccompProfile").path("type").asText(sc.path("seccompProfile").path("type").asText()))) {
                    problems.add(cid + ": no RuntimeDefault seccomp profile (restricted Pod Security level)");
                }
                boolean tmp = false;
                for (JsonNode m : c.path("volumeMounts")) {
                    tmp |= m.path("mountPath").asText().equals("/tmp") && tmpVolumes.containsKey(m.path("name").asText());
                }
                if (!tmp) {
                    problems.add(cid + ": no writable /tmp (emptyDir) next to the read-only root");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theServicesRunAsTheirCodeExpects(String overlay) {
        Rendered r = Rendered.of(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : ServiceSources.SERVICES) {
            ObjectNode deployment = r.get("Deployment", service);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode app = pod.path("containers").get(0);
            String id = overlay + " " + service;
            Map<String, String> env = environment(r, app, problems, id);

            JsonNode http = null;
            for (JsonNode port : app.path("ports")) {
                if (port.path("name").asText().equals("http")) {
                    http = port;
                }
            }
            if (http == null || !String.valueOf(http.path("containerPort").asInt()).equals(env.get("PTCE_HTTP_PORT"))) {
                problems.add(id + ": PTCE_HTTP_PORT must be the container port named http");
            }
            for (Map.Entry<String, String> probe : PROBE_PATHS.entrySet()) {
                JsonNode get = app.path(probe.getKey()).path("httpGet");
                if (!probe.getValue().equals(get.path("path").asText()) || !"http".equals(get.path("port").asText())) {
                    problems.add(id + ": " + probe.getKey() + " must GET " + probe.getValue() + " on port http, not " + get);
                }
            }
            if (app.path("image").asText().endsWith(":latest")) {
                problems.add(id + ": image tag latest (the overlay must pin it)");
            }
            Matcher heap = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(env.getOrDefault("JAVA_OPTS_APPEND", ""));
            if (!heap.find() || Integer.parseInt(heap.group(1)) > 75) {
                problems.add(id + ": JAVA_OPTS_APPEND must size the heap from the container limit (MaxRAMPercentage <= 75)");
            }
            if (!env.getOrDefault("JAVA_OPTS_APPEND", "").contains("-XX:PerfDataSamplingInterval=1000")) {
                problems.add(id + ": JAVA_OPTS_APPEND must sample the JVM's counters once a second, not every 50 ms "
                        + "(an idle replica's CPU, benchmarks/README.md)");
            }
            if (!env.getOrDefault("JAVA_OPTS_APPEND", "").contains("-XX:TrimNativeHeapInterval=30000")) {
                problems.add(id + ": JAVA_OPTS_APPEND must give the C heap's free pages back (TrimNativeHeapInterval): "
                        + "start-up's 15-20 MB stay in every replica otherwise (benchmarks/README.md, footprint)");
            }
            if (!env.getOrDefault("JAVA_OPTS_APPEND", "").contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager")) {
                problems.add(id + ": JAVA_OPTS_APPEND replaces the image's, which sets Quarkus' log manager: keep it");
            }
            if (pod.path("topologySpreadConstraints").isEmpty()) {
                problems.add(id + ": no topologySpreadConstraints");
            }
            // Prod never places two replicas of a service on one node (a node's loss takes one replica).
            String perNode = "";
            for (JsonNode c : pod.path("topologySpreadConstraints")) {
                if (c.path("topologyKey").asText().equals("kubernetes.io/hostname")) {
                    perNode += c.path("whenUnsatisfiable").asText() + " ";
                    if (!Rendered.labelsMatch(c.path("labelSelector").path("matchLabels"),
                            deployment.path("spec").path("template").path("metadata").path("labels"))) {
                        problems.add(id + ": a per-node spread constraint that does not select the service's pods");
                    }
                }
            }
            String expected = overlay.equals("prod") ? "DoNotSchedule " : "ScheduleAnyway ";
            if (!perNode.equals(expected)) {
                problems.add(id + ": per-node spread constraints [" + perNode.trim() + "], expected exactly one " + expected.trim());
            }
            for (String kind : List.of("HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Service")) {
                if (r.find(kind, service).isEmpty()) {
                    problems.add(id + ": no " + kind);
                }
            }

            // Every variable the service reads without a default, or whose default only makes
            // sense on a developer's machine (localhost), must be given to the pod.
            Map<String, ServiceSources.EnvVar> reads = ServiceSources.envVars(service);
            for (ServiceSources.EnvVar v : reads.values()) {
                boolean local = v.hasDefault() && v.defaultValue().matches(".*(localhost|127\\.0\\.0\\.1).*");
                if ((!v.hasDefault() || local) && !env.containsKey(v.name())) {
                    problems.add(id + ": " + v.name() + " (" + v.property() + ") is read "
                            + (local ? "with a localhost default" : "without default") + " but not provided");
                }
                if (local && env.getOrDefault(v.name(), "").matches(".*(localhost|127\\.0\\.0\\.1).*")
                        && !sidecarPorts(pod).contains(env.get(v.name().replaceFirst("_HOST$", "_PORT")))) {
                    problems.add(id + ": " + v.name() + " points at localhost inside a pod");
                }
            }
            // And nothing is given that the service does not read (a renamed variable would
            // otherwise leave the pod on its default without anyone noticing).
            for (String name : env.keySet()) {
                if (name.startsWith("PTCE_") && !reads.containsKey(name)) {
                    problems.add(id + ": provides " + name + ", which the service does not read");
                }
            }
            if (overlay.equals("prod") && !"false".equals(env.get("PTCE_CLOCK_ADJUSTABLE"))) {
                problems.add(id + ": PTCE_CLOCK_ADJUSTABLE must be false in production");
            }
            problems.addAll(endpointsExist(r, service, env));
        }
        assertEquals(List.of(), problems);
    }

    /** The addresses given to a service name the database, Kafka and Keycloak of the manifests. */
    private static List<String> endpointsExist(Rendered r, String service, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String id = r.overlay() + " " + service;
        Matcher db = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(env.getOrDefault("PTCE_DB_URL", ""));
        if (!db.matches()) {
            problems.add(id + ": PTCE_DB_URL is not a PostgreSQL JDBC URL");
        } else {
            String cluster = db.group(1).replaceAll("-rw$", "");
            r.find("Cluster", cluster).ifPresentOrElse(c -> {
                if (!db.group(1).endsWith("-rw")) {
                    problems.add(id + ": PTCE_DB_URL must use the primary's service " + cluster + "-rw");
                }
                if (!c.path("spec").path("bootstrap").path("initdb").path("database").asText().equals(db.group(3))) {
                    problems.add(id + ": database " + db.group(3) + " is not the one " + cluster + " creates");
                }
                if (!env.containsKey("PTCE_DB_USER") || !env.containsKey("PTCE_DB_PASSWORD")) {
                    problems.add(id + ": database credentials missing");
                }
            }, () -> problems.add(id + ": PTCE_DB_URL names no CloudNativePG cluster: " + db.group(1)));
            NetworkPolicyCheck.allowsEgress(r, service, "cnpg.io/cluster", cluster, 5432, problems);
            r.find("Cluster", cluster).ifPresent(c -> {
                String initSql = c.path("spec").path("bootstrap").path("initdb").path("postInitApplicationSQL").toString().toLowerCase();
                for (String extension : ServiceSources.extensions(service)) {
                    if (!initSql.contains("create extension if not exists " + extension)) {
                        problems.add(id + ": its migrations create extension " + extension
                                + "; create it as superuser in " + cluster + "'s postInitApplicationSQL");
                    }
                }
            });
        }
        String bootstrap = env.getOrDefault("PTCE_KAFKA_BOOTSTRAP", "");
        Matcher kafka = Pattern.compile("(.+)-kafka-bootstrap:(\\d+)").matcher(bootstrap);
        if (!kafka.matches() || r.find("Kafka", kafka.group(1)).isEmpty()) {
            problems.add(id + ": PTCE_KAFKA_BOOTSTRAP is not a Strimzi bootstrap service of the manifests: " + bootstrap);
        } else {
            int port = Integer.parseInt(kafka.group(2));
            boolean listener = false;
            JsonNode podLabels = r.get("Deployment", service).path("spec").path("template").path("metadata").path("labels");
            for (JsonNode l : r.get("Kafka", kafka.group(1)).path("spec").path("kafka").path("listeners")) {
                // The client settings must match the listener: TLS (SASL_SSL + the cluster CA) and SCRAM-SHA-512.
                listener |= l.path("port").asInt() == port && l.path("tls").asBoolean()
                        && "scram-sha-512".equals(l.path("authentication").path("type").asText())
                        && "SASL_SSL".equals(env.get("PTCE_KAFKA_SECURITY_PROTOCOL"))
                        && "SCRAM-SHA-512".equals(env.get("PTCE_KAFKA_SASL_MECHANISM"))
                        && env.containsKey("PTCE_KAFKA_SASL_JAAS_CONFIG")
                        && env.getOrDefault("PTCE_KAFKA_SSL_TRUSTSTORE_LOCATION", "").startsWith("/");
                for (JsonNode peer : l.path("networkPolicyPeers")) {
                    if (l.path("port").asInt() == port && !Rendered.labelsMatch(peer.path("podSelector").path("matchLabels"), podLabels)) {
                        problems.add(id + ": the Kafka listener's networkPolicyPeers do not admit the service's pods");
                    }
                }
            }
            if (!listener) {
                problems.add(id + ": no TLS + SCRAM-SHA-512 Kafka listener on " + port
                        + " matching the service's PTCE_KAFKA_* settings (SASL_SSL, SCRAM-SHA-512, JAAS, CA file)");
            }
            NetworkPolicyCheck.allowsEgress(r, service, "strimzi.io/cluster", kafka.group(1), port, problems);
        }
        URI oidc = URI.create(env.getOrDefault("PTCE_OIDC_URL", "http://missing/"));
        String keycloak = oidc.getHost().replaceAll("-service$", "");
        if (r.find("Keycloak", keycloak).isEmpty() || oidc.getPort() != 8080) {
            problems.add(id + ": PTCE_OIDC_URL is not the Keycloak operator's service on 8080: " + oidc);
        } else {
            String realm = r.ofKind("KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();
            if (!oidc.getPath().equals("/realms/" + realm)) {
                problems.add(id + ": PTCE_OIDC_URL is not the imported realm " + realm);
            }
            NetworkPolicyCheck.allowsEgress(r, service, "app.kubernetes.io/instance", keycloak, 8080, problems);
        }
        return problems;
    }

    /** The environment a container gets: env, then the ConfigMaps of envFrom (which must exist). */
    static Map<String, String> environment(Rendered r, JsonNode container, List<String> problems, String id) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            if (from.has("secretRef")) {
                ManifestsTest.checkSecret(r, from.path("secretRef").path("name").asText(), problems, id);
                continue;
            }
            r.find("ConfigMap", name).ifPresentOrElse(
                    cm -> cm.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())),
                    () -> problems.add(id + ": envFrom names a missing ConfigMap " + name));
        }
        for (JsonNode e : container.path("env")) {
            JsonNode secret = e.path("valueFrom").path("secretKeyRef");
            if (!secret.isMissingNode()) {
                ManifestsTest.checkSecret(r, secret.path("name").asText(), problems, id);
                env.put(e.path("name").asText(), "<secret " + secret.path("name").asText() + ">");
            } else {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        }
        return env;
    }

    /**
     * Ports declared by the pod's native sidecars (init containers with restartPolicy Always): a
     * service reaching one of them on the pod's loopback (e.g. clamd) is right to say 127.0.0.1.
     */
    private static java.util.Set<String> sidecarPorts(JsonNode pod) {
        java.util.Set<String> ports = new java.util.HashSet<>();
        for (JsonNode c : pod.path("initContainers")) {
            if (c.path("restartPolicy").asText().equals("Always")) {
                c.path("ports").forEach(p -> ports.add(p.path("containerPort").asText()));
            }
        }
        return ports;
    }
}

package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prod monitoring hangs together: the alerts the ops team expects exist, every PTCE metric an
 * alert reads is registered by the services' code or defined by a database custom query, each
 * custom query reads a table of its service's migrations, and the PodMonitors select the operands.
 */
class MonitoringTest {

    private static final Pattern PTCE_METRIC = Pattern.compile("\\b((?:cnpg_)?ptce_[a-z0-9_]+)\\b");
    private static final Pattern FROM = Pattern.compile("(?i)(?<!epoch )\\bFROM\\s+([a-z_][a-z0-9_]*)");

    private final Rendered prod = Rendered.of("prod");

    @Test
    void theExpectedAlertsExist() {
        Set<String> alerts = new TreeSet<>();
        prod.get("PrometheusRule", "ptce-alerts").path("spec").path("groups")
                .forEach(g -> g.path("rules").forEach(r -> alerts.add(r.path("alert").asText())));
        assertTrue(alerts.containsAll(List.of("PtceKafkaConsumerLag", "PtceOutboxEventNotPublished", "PtceEventDeadLettered",
                "PtceHttp5xxRate", "PtceEnvelopeNearExhaustion", "PtceWebhookEndpointDisabled")), alerts.toString());
    }

    @Test
    void everyPtceMetricAnAlertReadsExists() {
        Set<String> registered = registeredByCode();
        Set<String> queried = definedByQueries();
        List<String> unknown = new ArrayList<>();
        prod.get("PrometheusRule", "ptce-alerts").path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> {
            Matcher m = PTCE_METRIC.matcher(r.path("expr").asText());
            while (m.find()) {
                String metric = m.group(1);
                boolean known = metric.startsWith("cnpg_") ? queried.contains(metric)
                        : registered.contains(metric.replaceAll("_total$", ""));
                if (!known) {
                    unknown.add(r.path("alert").asText() + " reads " + metric);
                }
            }
        }));
        assertEquals(List.of(), unknown, "registered: " + registered + ", queried: " + queried);
    }

    @Test
    void eachServiceClusterRunsItsQueriesOnItsOwnDatabaseAndTables() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String service : ServiceSources.SERVICES) {
            String db = service.replace("-service", "");
            ObjectNode cluster = prod.get("Cluster", "ptce-pg-" + db);
            JsonNode ref = cluster.path("spec").path("monitoring").path("customQueriesConfigMap").path(0);
            JsonNode queries = queries(ref.path("name").asText(), ref.path("key").asText());
            if (queries == null) {
                problems.add(service + ": its cluster names no existing custom-queries ConfigMap");
                continue;
            }
            String migrations = migrations(service);
            queries.fields().forEachRemaining(q -> {
                if (!List.of(db).equals(Yaml.JSON.convertValue(q.getValue().path("target_databases"), List.class))) {
                    problems.add(service + ": query " + q.getKey() + " does not target only the database " + db);
                }
                Matcher from = FROM.matcher(q.getValue().path("query").asText());
                while (from.find()) {
                    if (!migrations.contains("create table " + from.group(1).toLowerCase() + " ")) {
                        problems.add(service + ": query " + q.getKey() + " reads " + from.group(1) + ", no migration creates it");
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePodMonitorsSelectTheOperandsAndKafkaExportsMetrics() {
        Set<String> clusters = new TreeSet<>();
        prod.ofKind("Cluster").forEach(c -> clusters.add(Rendered.name(c)));
        Set<String> selected = new TreeSet<>();
        prod.get("PodMonitor", "ptce-postgresql").path("spec").path("selector").path("matchExpressions").forEach(e -> {
            if (e.path("key").asText().equals("cnpg.io/cluster")) {
                e.path("values").forEach(v -> selected.add(v.asText()));
            }
        });
        assertEquals(clusters, selected);
        ObjectNode kafka = prod.get("Kafka", "ptce-kafka");
        assertEquals(Rendered.name(kafka), prod.get("PodMonitor", "ptce-kafka").path("spec").path("selector")
                .path("matchLabels").path("strimzi.io/cluster").asText());
        JsonNode metrics = kafka.path("spec").path("kafka").path("metricsConfig").path("valueFrom").path("configMapKeyRef");
        assertTrue(prod.get("ConfigMap", metrics.path("name").asText()).path("data").has(metrics.path("key").asText()));
        assertTrue(kafka.path("spec").has("kafkaExporter"), "consumer lag needs Kafka Exporter");
    }

    private JsonNode queries(String configMap, String key) {
        return prod.find("ConfigMap", configMap).map(c -> Yaml.tree(c.path("data").path(key).asText(), configMap)).orElse(null);
    }

    private Set<String> definedByQueries() {
        Set<String> names = new TreeSet<>();
        for (ObjectNode map : prod.ofKind("ConfigMap")) {
            if (!Rendered.name(map).startsWith("ptce-pg-queries-")) {
                continue;
            }
            Yaml.tree(map.path("data").path("queries").asText(), Rendered.name(map)).fields().forEachRemaining(q ->
                    q.getValue().path("metrics").forEach(m -> m.fields().forEachRemaining(col -> {
                        if (!col.getValue().path("usage").asText().equals("LABEL")) {
                            names.add("cnpg_" + q.getKey() + "_" + col.getKey());
                        }
                    })));
        }
        return names;
    }

    /** Metric names given as string literals to Micrometer in the services' and ptce-commons' main code. */
    private static Set<String> registeredByCode() {
        Set<String> names = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(ptce_[a-z0-9_]+)\"");
        for (Path root : List.of(ServiceSources.REPO.resolve("ptce-commons"), ServiceSources.REPO.resolve("candidature-service"),
                ServiceSources.REPO.resolve("evaluation-service"), ServiceSources.REPO.resolve("financement-service"),
                ServiceSources.REPO.resolve("notification-service"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).forEach(f -> {
                    try {
                        Matcher m = literal.matcher(Files.readString(f));
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The service's Flyway migrations and ptce-commons' (outbox, inbox), lower-cased. */
    private static String migrations(String service) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : List.of(ServiceSources.REPO.resolve(service).resolve("src/main/resources"),
                ServiceSources.REPO.resolve("ptce-commons/core/src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".sql"))::iterator) {
                    all.append(Files.readString(f).toLowerCase().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        return all.toString();
    }
}

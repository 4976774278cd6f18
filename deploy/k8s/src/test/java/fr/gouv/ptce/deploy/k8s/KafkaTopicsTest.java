package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every topic of the event catalogue and of the services' channels has its KafkaTopic. */
class KafkaTopicsTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;
    static final Path EVENTS = ServiceSources.REPO.resolve("ptce-commons/events/src/main/resources/ptce-events");

    /** Channel addresses of the AsyncAPI document, and the topics of topics.json. */
    static TreeSet<String> catalogueTopics() {
        TreeSet<String> topics = new TreeSet<>();
        Yaml.documents(EVENTS.resolve("asyncapi.yaml")).get(0).path("channels")
                .forEach(channel -> topics.add(channel.path("address").asText()));
        Yaml.json(EVENTS.resolve("topics.json")).fieldNames().forEachRemaining(topics::add);
        return topics;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicHasItsKafkaTopic(String overlay) {
        Rendered r = Rendered.of(overlay);
        Map<String, ObjectNode> declared = new TreeMap<>();
        for (ObjectNode t : r.ofKind("KafkaTopic")) {
            declared.put(t.path("spec").path("topicName").asText(Rendered.name(t)), t);
        }
        TreeSet<String> needed = catalogueTopics();
        assertTrue(needed.size() >= 5, "the AsyncAPI catalogue lists the platform's topics: " + needed);
        ServiceSources.SERVICES.forEach(s -> needed.addAll(ServiceSources.topics(s)));
        TreeSet<String> missing = new TreeSet<>(needed);
        missing.removeAll(declared.keySet());
        assertEquals(new TreeSet<>(), missing, overlay + ": topics without KafkaTopic (the broker does not auto-create)");
        TreeSet<String> unknown = new TreeSet<>(declared.keySet());
        unknown.removeAll(needed);
        assertEquals(new TreeSet<>(), unknown, overlay + ": KafkaTopics that nothing produces or consumes");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topicsAreDurableAndWideEnough(String overlay) {
        Rendered r = Rendered.of(overlay);
        int brokers = 0;
        for (ObjectNode pool : r.ofKind("KafkaNodePool")) {
            if (pool.path("spec").path("roles").toString().contains("broker")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        int maxConsumers = 0;
        for (ObjectNode hpa : r.ofKind("HorizontalPodAutoscaler")) {
            maxConsumers = Math.max(maxConsumers, hpa.path("spec").path("maxReplicas").asInt());
        }
        List<String> problems = new ArrayList<>();
        for (ObjectNode t : r.ofKind("KafkaTopic")) {
            JsonNode spec = t.path("spec");
            String id = overlay + " " + spec.path("topicName").asText();
            int replicas = spec.path("replicas").asInt();
            int minIsr = spec.path("config").path("min.insync.replicas").asInt();
            if (replicas > brokers) {
                problems.add(id + ": " + replicas + " replicas on " + brokers + " brokers");
            }
            if (replicas > 1 ? minIsr != replicas - 1 : minIsr != 1) {
                problems.add(id + ": min.insync.replicas " + minIsr + " with " + replicas + " replicas (acks=all must survive one broker)");
            }
            if (overlay.equals("prod") && (replicas != 3 || minIsr != 2)) {
                problems.add(id + ": production topics have 3 replicas and min.insync.replicas 2");
            }
            if (spec.path("config").path("retention.ms").asLong() < 7L * 24 * 3600 * 1000) {
                problems.add(id + ": retention shorter than 7 days (or missing)");
            }
            boolean dlq = spec.path("topicName").asText().startsWith("ptce.dlq.");
            if (!dlq && spec.path("partitions").asInt() < maxConsumers) {
                problems.add(id + ": fewer partitions than consumer replicas; the extra consumers would idle");
            }
        }
        JsonNode config = r.ofKind("Kafka").get(0).path("spec").path("kafka").path("config");
        if (config.path("auto.create.topics.enable").asBoolean(true)) {
            problems.add(overlay + ": the broker must not auto-create topics (every topic is declared)");
        }
        if (config.path("default.replication.factor").asInt() > brokers) {
            problems.add(overlay + ": default.replication.factor above the broker count");
        }
        assertEquals(List.of(), problems);
    }
}

package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.events.DroitsKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka is closed to anyone without credentials, and each service's KafkaUser holds exactly the rights
 * that {@link DroitsKafka} derives from topics.json, as the launcher's and the tests' brokers do.
 */
class KafkaUsersTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** "resource type:name" to the operations granted, per service, as DroitsKafka derives them from topics.json. */
    static Map<String, Map<String, TreeSet<String>>> expectedAcls() {
        Map<String, Map<String, TreeSet<String>>> acls = new TreeMap<>();
        DroitsKafka.de(Yaml.json(KafkaTopicsTest.EVENTS.resolve("topics.json"))).values().forEach(d ->
                d.acls().forEach(acl -> acls.computeIfAbsent(d.service(), s -> new TreeMap<>())
                        .computeIfAbsent(acl.type() + ":" + acl.nom(), r -> new TreeSet<>()).addAll(acl.operations())));
        return acls;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyListenerAuthenticatesAndAclsAreEnforced(String overlay) {
        JsonNode kafka = Rendered.of(overlay).ofKind("Kafka").get(0).path("spec").path("kafka");
        List<String> problems = new ArrayList<>();
        for (JsonNode listener : kafka.path("listeners")) {
            if (!listener.path("tls").asBoolean() || !"scram-sha-512".equals(listener.path("authentication").path("type").asText())) {
                problems.add(overlay + ": listener " + listener.path("name").asText() + " is not TLS + SCRAM-SHA-512");
            }
        }
        if (!"simple".equals(kafka.path("authorization").path("type").asText())) {
            problems.add(overlay + ": no authorization (any authenticated client could write any topic)");
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasTheAclsOfTheCatalogue(String overlay) {
        Rendered r = Rendered.of(overlay);
        Map<String, Map<String, TreeSet<String>>> declared = new TreeMap<>();
        for (ObjectNode user : r.ofKind("KafkaUser")) {
            JsonNode spec = user.path("spec");
            assertEquals("scram-sha-512", spec.path("authentication").path("type").asText(), Rendered.id(user));
            assertEquals("simple", spec.path("authorization").path("type").asText(), Rendered.id(user));
            Map<String, TreeSet<String>> acls = declared.computeIfAbsent(Rendered.name(user), n -> new TreeMap<>());
            for (JsonNode acl : spec.path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertEquals("literal", resource.path("patternType").asText(), Rendered.id(user) + " " + resource);
                TreeSet<String> ops = acls.computeIfAbsent(resource.path("type").asText() + ":"
                        + resource.path("name").asText(), k -> new TreeSet<>());
                acl.path("operations").forEach(o -> ops.add(o.asText()));
            }
        }
        assertEquals(expectedAcls(), declared, overlay + ": KafkaUsers' ACLs against topics.json");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceConnectsWithItsOwnKafkaUser(String overlay) {
        Rendered r = Rendered.of(overlay);
        for (String service : ServiceSources.SERVICES) {
            JsonNode pod = r.get("Deployment", service).path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            JsonNode jaas = null;
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("PTCE_KAFKA_SASL_JAAS_CONFIG")) {
                    jaas = env.path("valueFrom").path("secretKeyRef");
                }
            }
            assertTrue(jaas != null, overlay + " " + service + ": PTCE_KAFKA_SASL_JAAS_CONFIG missing");
            assertEquals(service, jaas.path("name").asText(), overlay + " " + service + ": its KafkaUser's Secret");
            assertEquals("sasl.jaas.config", jaas.path("key").asText());
            assertTrue(pod.path("volumes").toString().contains("ptce-kafka-cluster-ca-cert"),
                    overlay + " " + service + ": the cluster CA is mounted");
        }
        JsonNode common = r.get("ConfigMap", "ptce-common").path("data");
        assertEquals("SASL_SSL", common.path("PTCE_KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", common.path("PTCE_KAFKA_SASL_MECHANISM").asText());
    }

    /** The services' channels agree with topics.json: what a service consumes, its group, its dead letters. */
    @Test
    void channelsMatchTheCatalogue() {
        Map<String, DroitsKafka> rights = DroitsKafka.de(Yaml.json(KafkaTopicsTest.EVENTS.resolve("topics.json")));
        for (String service : ServiceSources.SERVICES) {
            TreeSet<String> topics = new TreeSet<>();
            TreeSet<String> groups = new TreeSet<>();
            TreeSet<String> deadLetters = new TreeSet<>();
            ServiceSources.properties(ServiceSources.applicationProperties(service)).forEach((key, value) -> {
                if (key.startsWith("mp.messaging.incoming.")) {
                    if (key.endsWith(".dead-letter-queue.topic")) {
                        deadLetters.add(value.strip());
                    } else if (key.endsWith(".topic") || key.endsWith(".topics")) {
                        for (String topic : value.split(",")) { // .topics: one channel reads several
                            topics.add(topic.strip());
                        }
                    } else if (key.endsWith(".group.id")) {
                        groups.add(value.strip());
                    }
                }
            });
            DroitsKafka own = rights.get(service);
            assertEquals(own == null ? new TreeSet<>() : new TreeSet<>(own.lit()), topics, service + ": consumed topics");
            if (!topics.isEmpty()) {
                assertEquals(new TreeSet<>(own.groupe().stream().toList()), groups, service + ": consumer group");
                assertEquals(new TreeSet<>(List.of(DroitsKafka.lettresMortes(service))), deadLetters,
                        service + ": dead-letter topic");
            }
        }
    }
}

package fr.gouv.ptce.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What each service may do on the broker, derived from the event catalogue's topics.json (its one
 * source, as for the Strimzi KafkaUsers of deploy/k8s): write and describe the topics it produces and
 * its dead-letter topic {@code ptce.dlq.<service>}, read and describe the topics it consumes, read its
 * consumer group (named after the service).
 */
public final class AccesKafka {

    static final String TOPICS = "ptce-events/topics.json";

    /** One service's rights: the topics it writes, those it reads, its consumer group. */
    public record Droits(String service, Set<String> ecrit, Set<String> lit, String groupe) {

        /** The ACLs of these rights for principal {@code User:<service>}. */
        public List<AclBinding> acls() {
            String principal = "User:" + service;
            List<AclBinding> acls = new ArrayList<>();
            for (String topic : ecrit) {
                acls.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.WRITE));
                acls.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
            }
            for (String topic : lit) {
                acls.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.READ));
                acls.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
            }
            if (groupe != null) {
                acls.add(allow(principal, ResourceType.GROUP, groupe, AclOperation.READ));
            }
            return acls;
        }

        private static AclBinding allow(String principal, ResourceType type, String name, AclOperation operation) {
            return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
        }
    }

    private AccesKafka() {
    }

    /** The rights of every service named in topics.json, by service name; empty without the catalogue. */
    public static Map<String, Droits> parService() {
        JsonNode topics = catalogue();
        Map<String, Set<String>> ecrit = new TreeMap<>();
        Map<String, Set<String>> lit = new TreeMap<>();
        if (topics != null) {
            topics.fields().forEachRemaining(t -> {
                ecrit.computeIfAbsent(t.getValue().path("producteur").asText(), s -> new TreeSet<>()).add(t.getKey());
                t.getValue().path("consommateurs").forEach(c -> {
                    lit.computeIfAbsent(c.asText(), s -> new TreeSet<>()).add(t.getKey());
                    ecrit.computeIfAbsent(c.asText(), s -> new TreeSet<>()).add(lettresMortes(c.asText()));
                });
            });
        }
        Map<String, Droits> droits = new TreeMap<>();
        Set<String> services = new TreeSet<>(ecrit.keySet());
        services.addAll(lit.keySet());
        for (String service : services) {
            Set<String> lus = lit.getOrDefault(service, Set.of());
            droits.put(service, new Droits(service, ecrit.getOrDefault(service, Set.of()), lus,
                    lus.isEmpty() ? null : service));
        }
        return droits;
    }

    /**
     * Creates the topics of the catalogue and the dead-letter topics (as Strimzi's KafkaTopics do in
     * production: services have no right to create one), then every service's ACLs, as the admin.
     */
    static void appliquer(Map<String, Object> admin) throws Exception {
        Map<String, Droits> droits = parService();
        Set<String> topics = new TreeSet<>();
        List<AclBinding> acls = new ArrayList<>();
        droits.values().forEach(d -> {
            topics.addAll(d.ecrit());
            topics.addAll(d.lit());
            acls.addAll(d.acls());
        });
        try (Admin client = Admin.create(admin)) {
            List<NewTopic> nouveaux = topics.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            client.createTopics(nouveaux).values().values().forEach(AccesKafka::saufExistant);
            client.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void saufExistant(KafkaFuture<Void> creation) {
        try {
            creation.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic non créé", e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("topic non créé", e);
        }
    }

    /** The dead-letter topic of a consuming service: ptce.dlq.candidature for candidature-service. */
    public static String lettresMortes(String service) {
        return "ptce.dlq." + service.replaceFirst("-service$", "");
    }

    private static JsonNode catalogue() {
        try (InputStream in = AccesKafka.class.getClassLoader().getResourceAsStream(TOPICS)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(TOPICS + " illisible", e);
        }
    }
}

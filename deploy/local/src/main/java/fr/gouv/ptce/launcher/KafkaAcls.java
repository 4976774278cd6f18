package fr.gouv.ptce.launcher;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The local broker's topics and ACLs, from the event catalogue's topics.json, as production's KafkaTopics
 * and KafkaUsers (deploy/k8s, checked against the same file): a service writes and describes the topics
 * it produces and its dead-letter topic ptce.dlq.&lt;service&gt;, reads and describes those it consumes,
 * reads its own consumer group. Applied by the launcher's super user at every broker start (idempotent).
 */
final class KafkaAcls {

    private KafkaAcls() {
    }

    static List<AclBinding> fromCatalogue(Layout layout) {
        JsonNode topics = catalogue(layout);
        List<AclBinding> acls = new ArrayList<>();
        topics.fields().forEachRemaining(t -> {
            String producer = t.getValue().path("producteur").asText();
            acls.add(allow(producer, ResourceType.TOPIC, t.getKey(), AclOperation.WRITE));
            acls.add(allow(producer, ResourceType.TOPIC, t.getKey(), AclOperation.DESCRIBE));
            t.getValue().path("consommateurs").forEach(c -> {
                String consumer = c.asText();
                acls.add(allow(consumer, ResourceType.TOPIC, t.getKey(), AclOperation.READ));
                acls.add(allow(consumer, ResourceType.TOPIC, t.getKey(), AclOperation.DESCRIBE));
                acls.add(allow(consumer, ResourceType.TOPIC, deadLetters(consumer), AclOperation.WRITE));
                acls.add(allow(consumer, ResourceType.TOPIC, deadLetters(consumer), AclOperation.DESCRIBE));
                acls.add(allow(consumer, ResourceType.GROUP, consumer, AclOperation.READ));
            });
        });
        return acls.stream().distinct().toList();
    }

    /** Every topic the ACLs name: the catalogue's and the dead-letter topics. */
    static Set<String> topics(List<AclBinding> acls) {
        Set<String> topics = new TreeSet<>();
        acls.stream().filter(a -> a.pattern().resourceType() == ResourceType.TOPIC).forEach(a -> topics.add(a.pattern().name()));
        return topics;
    }

    /** Creates the missing topics (services may not create one) and the ACLs, as the launcher's admin. */
    static void apply(Layout layout, KafkaUsers users, int port) {
        List<AclBinding> acls = fromCatalogue(layout);
        try (Admin admin = Admin.create(users.clientConfig(KafkaUsers.ADMIN, port))) {
            List<NewTopic> topics = topics(acls).stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                try {
                    created.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.Kind.OTHER, "Interrupted");
        } catch (Exception e) {
            throw new LauncherException(LauncherException.Kind.START_FAILED,
                    "Kafka's topics and ACLs could not be set: " + e.getMessage(), e);
        }
    }

    private static String deadLetters(String service) {
        return "ptce.dlq." + service.replaceFirst("-service$", "");
    }

    private static AclBinding allow(String service, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + service, "*", operation, AclPermissionType.ALLOW));
    }

    private static JsonNode catalogue(Layout layout) {
        try {
            return new ObjectMapper().readTree(layout.eventTopics().toFile());
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.OTHER, "Cannot read " + layout.eventTopics() + ": "
                    + e.getMessage(), e);
        }
    }
}

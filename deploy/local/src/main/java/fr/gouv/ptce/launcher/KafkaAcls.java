package fr.gouv.ptce.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.events.AclsKafka;
import fr.gouv.ptce.events.DroitsKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The local broker's topics and ACLs: the services' rights as {@link DroitsKafka} derives them from the
 * repository's topics.json (read from the tree, so an edit applies at the next start), in Kafka's form by
 * {@link AclsKafka} (production's KafkaUsers in deploy/k8s are checked against the same rights).
 * Applied by the launcher's super user at every broker start (idempotent).
 */
final class KafkaAcls {

    private KafkaAcls() {
    }

    static Map<String, DroitsKafka> rights(Layout layout) {
        try {
            return DroitsKafka.de(new ObjectMapper().readTree(layout.eventTopics().toFile()));
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.OTHER, "Cannot read " + layout.eventTopics() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Creates the missing topics (services may not create one) and the ACLs, as the launcher's admin. */
    static void apply(Layout layout, KafkaUsers users, int port) {
        Map<String, DroitsKafka> rights = rights(layout);
        try (Admin admin = Admin.create(users.clientConfig(KafkaUsers.ADMIN, port))) {
            List<NewTopic> topics = DroitsKafka.topics(rights).stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                try {
                    created.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(AclsKafka.de(rights.values())).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(LauncherException.Kind.OTHER, "Interrupted");
        } catch (Exception e) {
            throw new LauncherException(LauncherException.Kind.START_FAILED,
                    "Kafka's topics and ACLs could not be set: " + e.getMessage(), e);
        }
    }
}

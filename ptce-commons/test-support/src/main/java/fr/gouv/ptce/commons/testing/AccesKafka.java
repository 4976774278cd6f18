package fr.gouv.ptce.commons.testing;

import fr.gouv.ptce.events.AclsKafka;
import fr.gouv.ptce.events.DroitsKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The tests' broker gets the topics and the services' ACLs that {@link DroitsKafka} derives from topics.json. */
final class AccesKafka {

    private AccesKafka() {
    }

    /** The services named in topics.json: the broker's SCRAM users besides the admin. */
    static Map<String, DroitsKafka> parService() {
        return DroitsKafka.duCatalogue();
    }

    /**
     * Creates the topics of the catalogue and the dead-letter topics (as Strimzi's KafkaTopics do in
     * production: services have no right to create one), then every service's ACLs, as the admin.
     */
    static void appliquer(Map<String, Object> admin) throws Exception {
        Map<String, DroitsKafka> droits = parService();
        try (Admin client = Admin.create(admin)) {
            List<NewTopic> nouveaux = DroitsKafka.topics(droits).stream().map(t -> new NewTopic(t, 3, (short) 1)).toList();
            client.createTopics(nouveaux).values().values().forEach(AccesKafka::saufExistant);
            client.createAcls(AclsKafka.de(droits.values())).all().get(30, TimeUnit.SECONDS);
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
}

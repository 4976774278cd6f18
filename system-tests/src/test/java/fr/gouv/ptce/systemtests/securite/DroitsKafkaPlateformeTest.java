package fr.gouv.ptce.systemtests.securite;

import fr.gouv.ptce.events.DroitsKafka;
import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The platform's broker as each service meets it, with the credentials the launcher gives that service:
 * publishing on a topic of the catalogue it does not own is refused ({@code TopicAuthorizationException}),
 * candidature-service's €100,000 selection on ptce.decisions included, while its own topics are open to
 * it (their partitions are described; nothing is written there, the consumers would read it).
 */
@ExtendWith(PlatformExtension.class)
class DroitsKafkaPlateformeTest {

    @Test
    void aucunServiceNePublieSurUnTopicQuIlNePossedePas(SystemTestPlatform systeme) throws Exception {
        Platform plateforme = systeme.platform();
        Map<String, DroitsKafka> droits = DroitsKafka.duCatalogue();
        SortedSet<String> topics = DroitsKafka.topics(droits);
        List<String> acceptes = new ArrayList<>();
        int refus = 0;
        for (DroitsKafka service : droits.values()) {
            try (KafkaProducer<String, String> producer = producer(plateforme, service.service())) {
                for (String propre : service.ecrit()) {
                    assertFalse(producer.partitionsFor(propre).isEmpty(), service.service() + " décrit " + propre);
                }
                SortedSet<String> etrangers = new TreeSet<>(topics);
                etrangers.removeAll(service.ecrit());
                for (String topic : etrangers) {
                    try {
                        producer.send(new ProducerRecord<>(topic, "cle", "{\"montant\":10000000}")).get(30, TimeUnit.SECONDS);
                        acceptes.add(service.service() + " → " + topic);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicAuthorizationException)) {
                            throw e;
                        }
                        refus++;
                    }
                }
            }
        }
        assertEquals(List.of(), acceptes, "écritures acceptées sur le topic d'un autre service");
        System.out.println("Kafka de la plateforme : " + refus + " écritures refusées sur des topics d'autres services");
    }

    private static KafkaProducer<String, String> producer(Platform plateforme, String service) {
        Map<String, Object> config = new HashMap<>(plateforme.kafkaClient(service));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}

package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.outbox.OutboxRelay;
import fr.gouv.ptce.commons.outbox.OutboxRelayLifecycle;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.KafkaTestClient.Received;
import fr.gouv.ptce.commons.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of a service: two relays on one outbox while writers keep committing. One publishes,
 * the other waits; when the active one stops, the other takes over. Each row reaches the topic once,
 * and each key's events in the order they were committed.
 */
@QuarkusTest
class TwoRelaysTest {

    private static final String TOPIC = "ptce.essai.relais";
    private static final int KEYS = 4;
    private static final int PER_KEY = 40;

    @Inject
    EssaiEvenementsService service;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Test
    void deuxRelaisPublientChaqueLigneUneFoisDansLOrdre() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = Relays.range(KEYS).stream().map(i -> run + "-" + i).toList();
        lifecycle.suspend(); // the application's own relay would be a third replica
        OutboxRelay premier = Relays.relay(TestInfrastructure.kafkaBootstrap(), 10);
        OutboxRelay second = Relays.relay(TestInfrastructure.kafkaBootstrap(), 10);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            premier.start("relais-premier");
            await().atMost(Duration.ofSeconds(10)).until(premier::isLeader);
            second.start("relais-second");

            // Two writers, two keys each, one event per transaction, interleaved.
            List<Future<?>> done = List.of(
                    writers.submit(() -> write(keys.subList(0, 2))),
                    writers.submit(() -> write(keys.subList(2, 4))));
            await().atMost(Duration.ofSeconds(60)).until(() -> premier.publishedCount() >= KEYS * PER_KEY / 3);
            assertFalse(second.isLeader(), "un seul relais actif à la fois");
            assertEquals(0, second.publishedCount(), "le relais en attente ne publie rien");

            premier.stop();
            await().atMost(Duration.ofSeconds(10)).until(second::isLeader);
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    Sql.count("select count(*) from ptce_outbox where topic = ? and published_at is null", TOPIC) == 0);
            assertTrue(second.publishedCount() > 0, "le second a pris le relais");
        } finally {
            writers.shutdownNow();
            premier.stop();
            second.stop();
            lifecycle.resume();
        }

        List<Received> records = KafkaTestClient.readUntil(TOPIC, Duration.ofSeconds(60), l ->
                l.stream().filter(r -> r.key().startsWith(run)).count() >= KEYS * PER_KEY).stream()
                .filter(r -> r.key().startsWith(run)).toList();
        Map<String, Long> copies = records.stream().collect(Collectors.groupingBy(Received::id, Collectors.counting()));
        assertEquals(KEYS * PER_KEY, copies.size(), "chaque ligne publiée");
        assertEquals(Map.of(), copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "aucune ligne publiée deux fois");
        Map<String, List<Integer>> ranks = Relays.ranksPerKey(records);
        assertEquals(keys.stream().collect(Collectors.toMap(Function.identity(), k -> Relays.range(PER_KEY))), ranks,
                "l'ordre de chaque clé est celui des commits");
    }

    private void write(List<String> keys) {
        for (int rang = 0; rang < PER_KEY; rang++) {
            for (String key : keys) {
                service.ecrire(TOPIC, key, List.of("relais-" + rang), rang, false);
            }
        }
    }
}

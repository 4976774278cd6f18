package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.outbox.OutboxRelay;
import fr.gouv.ptce.commons.outbox.OutboxRelayLifecycle;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.KafkaTestClient.Received;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The broker goes away (its process is killed, as in a crash) while the service keeps writing; the
 * writes succeed, the events wait in the outbox, and when the broker is back on the same port with
 * the same log they are all published, in order, none lost. The relay of this test is pointed at a
 * broker process of its own, so the shared broker of the other tests is never touched.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final String TOPIC = "ptce.essai.panne";
    private static final int ROUNDS = 10;

    @Inject
    EssaiEvenementsService service;

    @Inject
    OutboxRelayLifecycle lifecycle;

    @Test
    void brokerArreteLesEcrituresReussissentEtRienNEstPerdu() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = List.of(run + "-a", run + "-b", run + "-c");
        lifecycle.suspend(); // this test's relay must be the only one on the outbox
        try (KafkaProcess kafka = KafkaProcess.format()) {
            kafka.start();
            OutboxRelay relay = Relays.relay(kafka.bootstrap(), 50);
            try {
                relay.start("relais-panne");
                for (String key : keys) {
                    service.ecrire(TOPIC, key, List.of("avant-panne"), 0, false);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> relay.publishedCount() == keys.size());

                kafka.kill();
                for (int rang = 1; rang <= ROUNDS; rang++) {
                    for (String key : keys) {
                        // Must not fail, nor wait for the broker: the write touches PostgreSQL only.
                        service.ecrire(TOPIC, key, List.of("pendant-panne-" + rang), rang, false);
                    }
                }
                Thread.sleep(3000); // the relay tries, fails, and tries again meanwhile
                assertEquals(keys.size(), relay.publishedCount(), "rien n'a pu être publié broker arrêté");
                assertEquals(keys.size() * ROUNDS,
                        Sql.count("select count(*) from ptce_outbox where topic = ? and published_at is null", TOPIC));

                kafka.start();
                await().atMost(Duration.ofSeconds(120)).until(() ->
                        Sql.count("select count(*) from ptce_outbox where topic = ? and published_at is null", TOPIC) == 0);
            } finally {
                relay.stop();
            }

            List<Received> records = KafkaTestClient.readUntil(kafka.bootstrap(), TOPIC, Duration.ofSeconds(60),
                    l -> Relays.ranksPerKey(l).values().stream().mapToInt(List::size).sum() >= keys.size() * (ROUNDS + 1));
            Map<String, List<Integer>> ranks = Relays.ranksPerKey(records);
            assertEquals(keys.stream().collect(Collectors.toMap(Function.identity(), k -> Relays.range(ROUNDS + 1))),
                    ranks, "tout publié, dans l'ordre de chaque clé, y compris ce qui l'était avant la panne");
            long duplicates = records.size() - records.stream().map(Received::id).distinct().count();
            System.out.printf("Panne du broker : %d événements publiés, %d doublon(s) (au moins une fois)%n",
                    records.size(), duplicates);
        } finally {
            lifecycle.resume();
        }
    }
}

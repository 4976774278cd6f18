package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.events.EventTypes;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.KafkaTestClient.Received;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idempotent consumer of the running application (EssaiConsumer through EventInbox), fed
 * through the real broker. Messages of one test share a key, hence a partition: once the last one
 * has been applied, every earlier one has been dealt with.
 */
@QuarkusTest
class EventInboxTest {

    private static final String TOPIC = "ptce.essai";
    private static final String DLQ = "ptce.dlq.commons-it";
    private static final String FACT = EssaiEvenementsService.FACT;

    @Test
    void leMemeEvenementLivreDeuxFoisNAQuUnEffet() {
        String cle = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, cle, FACT, id, data("double", 0));
        KafkaTestClient.send(TOPIC, cle, FACT, id, data("double", 0));
        String suivant = KafkaTestClient.send(TOPIC, cle, FACT, data("apres-double", 1));

        awaitApplied(suivant);
        assertEquals(1, Sql.count("select count(*) from essai_effet where event_id = ?", id));
        assertEquals(1, Sql.count("select count(*) from ptce_processed_event where consumer = ? and event_id = ?",
                EssaiConsumer.CONSUMER, id));
    }

    @Test
    void unHandlerEnEchecPassagerEstReessayeEtNAppliqueQuUneFois() {
        String cle = UUID.randomUUID().toString();
        String id = KafkaTestClient.send(TOPIC, cle, FACT, data("transitoire-" + cle, 0));

        awaitApplied(id);
        // The two failed attempts had written their effect too: the rollback took it away with them.
        assertEquals(1, Sql.count("select count(*) from essai_effet where event_id = ?", id));
        assertEquals(1, Sql.count("select count(*) from ptce_processed_event where event_id = ?", id));
        assertTrue(deadLetters(cle, Duration.ofSeconds(5), 0).isEmpty(), "rien en lettre morte");
    }

    @Test
    void lesMessagesEmpoisonnesVontEnLettreMorteAvecLeurRaisonEtLeSuivantPasse() {
        String cle = UUID.randomUUID().toString();
        // 1. Not a CloudEvent at all.
        String brut = UUID.randomUUID().toString();
        KafkaTestClient.sendRaw(TOPIC, cle, "pas un événement".getBytes(StandardCharsets.UTF_8), Map.of(), brut);
        // 2. A CloudEvent whose data break the schema (no noteId, rang negative).
        String invalide = KafkaTestClient.send(TOPIC, cle, FACT, Map.of("texte", "invalide", "rang", -1));
        // 3. Refused by the handler for a business reason: no retry.
        String refuse = KafkaTestClient.send(TOPIC, cle, FACT, data("rejet-" + cle, 2));
        // 4. Failing for good: retried, then set aside.
        String enPanne = KafkaTestClient.send(TOPIC, cle, FACT, data("panne-" + cle, 3));
        // 5. A sound event after them all.
        String sain = KafkaTestClient.send(TOPIC, cle, FACT, data("sain-" + cle, 4));

        awaitApplied(sain);
        List<Received> morts = deadLetters(cle, Duration.ofSeconds(30), 4);
        assertEquals(4, morts.size(), "quatre lettres mortes : " + morts);

        assertTrue(reason(morts.get(0)).contains("ce_specversion"), reason(morts.get(0)));
        assertEquals("pas un événement", morts.get(0).rawValue(), "le message est gardé tel quel");

        assertEquals(invalide, morts.get(1).id());
        assertTrue(reason(morts.get(1)).contains("non conforme au schéma " + FACT), reason(morts.get(1)));
        assertTrue(reason(morts.get(1)).contains("noteId"), reason(morts.get(1)));

        assertEquals(refuse, morts.get(2).id());
        assertEquals("refus métier de l'essai rejet-" + cle, reason(morts.get(2)));

        assertEquals(enPanne, morts.get(3).id());
        assertTrue(reason(morts.get(3)).startsWith("échec après 4 tentatives : panne durable"), reason(morts.get(3)));
        assertEquals(TOPIC, morts.get(3).headers().get("dead-letter-topic"));

        // None of them left an effect or a "processed" mark; the sound one has one of each.
        for (String id : List.of(invalide, refuse, enPanne)) {
            assertEquals(0, Sql.count("select count(*) from essai_effet where event_id = ?", id), id);
            assertEquals(0, Sql.count("select count(*) from ptce_processed_event where event_id = ?", id), id);
        }
        assertEquals(1, Sql.count("select count(*) from essai_effet where event_id = ?", sain));
    }

    @Test
    void lesFaitsQueLeConsommateurNeTraitePasSontIgnoresSansLettreMorte() {
        String cle = UUID.randomUUID().toString();
        String autre = KafkaTestClient.sendRaw(TOPIC, cle, "{\"quoi\":\"autre\"}".getBytes(StandardCharsets.UTF_8), Map.of(
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/ptce/test",
                CloudEventHeaders.TYPE, EventTypes.cloudEventType("essai.autre"),
                CloudEventHeaders.TIME, Instant.now().toString()), "autre");
        String suivant = KafkaTestClient.send(TOPIC, cle, FACT, data("apres-autre", 1));

        awaitApplied(suivant);
        assertEquals("autre", autre);
        assertEquals(1, Sql.count("select count(*) from essai_effet where cle = ?", cle));
        assertTrue(deadLetters(cle, Duration.ofSeconds(5), 0).isEmpty());
    }

    private static Map<String, Object> data(String texte, int rang) {
        return Map.of("noteId", 1, "texte", texte, "rang", rang);
    }

    private static void awaitApplied(String eventId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                Sql.count("select count(*) from ptce_processed_event where consumer = ? and event_id = ?",
                        EssaiConsumer.CONSUMER, eventId) == 1);
    }

    private static List<Received> deadLetters(String key, Duration timeout, int expected) {
        return KafkaTestClient.readUntil(DLQ, timeout,
                        l -> expected > 0 && l.stream().filter(r -> key.equals(r.key())).count() >= expected)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String reason(Received r) {
        return r.headers().get("dead-letter-reason");
    }
}

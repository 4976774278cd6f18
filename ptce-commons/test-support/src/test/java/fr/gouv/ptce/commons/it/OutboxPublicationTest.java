package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.events.CloudEventHeaders;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.KafkaTestClient.Received;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Publication through the outbox and the relay of the running application, to the real broker. */
@QuarkusTest
class OutboxPublicationTest {

    private static final String TOPIC = "ptce.essai";

    @Inject
    EssaiEvenementsService service;

    @Test
    void uneTransactionAnnuleeNePublieRien() {
        String cle = "annulee-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class,
                () -> service.ecrire(TOPIC, cle, List.of("annule-1", "annule-2"), 0, true));

        // Neither the state change nor its events were kept...
        assertEquals(0, Sql.count("select count(*) from essai_note where cle = ?", cle));
        assertEquals(0, Sql.count("select count(*) from ptce_outbox where aggregate_id = ?", cle));

        // ...and once a later transaction on the same key has gone through, it is alone on the topic.
        service.ecrire(TOPIC, cle, List.of("garde"), 0, false);
        assertEquals(List.of("garde"), texts(settled(TOPIC, cle, 1)));
    }

    @Test
    void uneTransactionValideePublieSesEvenementsDansLOrdreEnCloudEvents() {
        String cle = "validee-" + UUID.randomUUID();
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpan = HexFormat.of().formatHex(randomBytes(8));
        given().auth().oauth2(TestTokens.forUser("a1", "admin"))
                .header("traceparent", "00-" + traceId + "-" + parentSpan + "-01")
                .contentType("application/json")
                .body("{\"cle\":\"" + cle + "\",\"textes\":[\"un\",\"deux\",\"trois\"]}")
                .when().post("/api/v1/essais/evenements")
                .then().statusCode(200);

        List<Received> recus = settled(TOPIC, cle, 3);
        assertEquals(List.of("un", "deux", "trois"), texts(recus), "ses événements, tous, seuls, dans l'ordre");
        assertEquals(List.of(0, 1, 2), recus.stream().map(r -> r.data().path("rang").asInt()).toList());
        assertEquals(1, recus.stream().map(Received::partition).distinct().count(), "une clé, une partition");

        Set<String> ids = recus.stream().map(Received::id).collect(Collectors.toSet());
        assertEquals(3, ids.size(), "un ce_id par événement");
        for (Received r : recus) {
            assertEquals(cle, r.key(), "clé Kafka = identifiant de l'agrégat");
            assertEquals("1.0", r.headers().get(CloudEventHeaders.SPEC_VERSION));
            UUID.fromString(r.id());
            assertEquals("/ptce/commons-it", r.headers().get(CloudEventHeaders.SOURCE));
            assertEquals("fr.gouv.ptce.essai.ecrit.v1", r.type());
            Instant.parse(r.headers().get(CloudEventHeaders.TIME));
            assertEquals("essai/" + cle, r.headers().get(CloudEventHeaders.SUBJECT));
            assertEquals("application/json", r.headers().get(CloudEventHeaders.CONTENT_TYPE));
            String traceparent = r.headers().get(CloudEventHeaders.TRACEPARENT);
            assertEquals(traceId, traceparent.split("-")[1], "la trace de l'appelant continue dans l'événement");
            assertNotEquals(parentSpan, traceparent.split("-")[2], "dans un span à elle");
            assertEquals(1, Sql.count("select count(*) from ptce_outbox where event_id = ?::uuid and published_at is not null",
                    r.id()), "marqué publié après l'accusé de réception du broker");
        }
        // And the consumer of the topic applied each of them once.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Sql.count("select count(*) from essai_effet where cle = ?", cle) == 3);
    }

    /**
     * The records of {@code key}, read until {@code expected} of them have arrived and then a while
     * longer, so that one too many would be seen too.
     */
    static List<Received> settled(String topic, String key, int expected) {
        long[] reachedAt = {0};
        return onKey(KafkaTestClient.readUntil(topic, Duration.ofSeconds(40), l -> {
            if (onKey(l, key).size() < expected) {
                return false;
            }
            if (reachedAt[0] == 0) {
                reachedAt[0] = System.nanoTime();
            }
            return System.nanoTime() - reachedAt[0] > Duration.ofMillis(1500).toNanos();
        }), key);
    }

    static List<Received> onKey(List<Received> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    static List<String> texts(List<Received> records) {
        return records.stream().map(r -> r.data().path("texte").asText()).toList();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros, which W3C forbids
        return b;
    }
}

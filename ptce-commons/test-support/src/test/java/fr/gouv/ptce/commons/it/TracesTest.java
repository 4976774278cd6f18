package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from the caller's request to the consumer of the event it caused, through the outbox, the
 * relay and the real broker: the spans OpenTelemetry records, as a collector would receive them.
 */
@QuarkusTest
class TracesTest {

    @Test
    void leSpanDuConsommateurContinueLaTraceDeLAppelantParLeProducteur() {
        String cle = "trace-" + UUID.randomUUID();
        String traceId = HexFormat.of().formatHex(aleatoire(16));
        String spanAppelant = HexFormat.of().formatHex(aleatoire(8));

        String reponse = given().auth().oauth2(TestTokens.forUser("a1", "admin"))
                .header("traceparent", "00-" + traceId + "-" + spanAppelant + "-01")
                .contentType("application/json")
                .body("{\"cle\":\"" + cle + "\",\"textes\":[\"trace\"]}")
                .when().post("/api/v1/essais/evenements")
                .then().statusCode(200).extract().header("traceparent");
        assertEquals(traceId, reponse.split("-")[1], "la réponse nomme le span de la requête, dans la trace de l'appelant");

        await().atMost(Duration.ofSeconds(30)).until(() ->
                Sql.count("select count(*) from essai_effet where cle = ?", cle) == 1);
        // Reactive Messaging's "receive" span is there too; the inbox's is the one the handler runs in.
        SpanData consommateur = await().atMost(Duration.ofSeconds(10)).until(
                () -> dansLaTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.CONSUMER
                        && s.getName().equals("essai.ecrit process")).findFirst().orElse(null),
                s -> s != null);
        List<SpanData> trace = dansLaTrace(traceId);

        SpanData serveur = unique(trace, SpanKind.SERVER);
        assertEquals(spanAppelant, serveur.getParentSpanId(), "la requête HTTP continue le span de l'appelant");
        SpanData producteur = unique(trace, SpanKind.PRODUCER);
        assertEquals(serveur.getSpanId(), producteur.getParentSpanId(),
                "l'envoi du relais, plus tard et sur un autre fil, a pour parent la requête qui a écrit l'événement");
        assertEquals("ptce.essai publish", producteur.getName());
        assertEquals(producteur.getSpanId(), consommateur.getParentSpanId(),
                "le consommateur a pour parent l'envoi, reçu par l'en-tête du message Kafka");
        assertEquals(traceId, consommateur.getTraceId());
        assertTrue(consommateur.getEndEpochNanos() >= consommateur.getStartEpochNanos());
    }

    private static List<SpanData> dansLaTrace(String traceId) {
        return SpansEnregistres.SPANS.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    private static SpanData unique(List<SpanData> trace, SpanKind kind) {
        List<SpanData> spans = trace.stream().filter(s -> s.getKind() == kind).toList();
        assertEquals(1, spans.size(), "un seul span " + kind + " dans la trace : " + spans);
        return spans.get(0);
    }

    private static byte[] aleatoire(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}

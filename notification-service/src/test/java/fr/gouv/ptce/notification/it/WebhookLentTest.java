package fr.gouv.ptce.notification.it;

import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A receiver that never answers in time must not slow the others down: its deliveries time out
 * (delai-reponse, 2 s in tests), are retried, and the endpoint is disabled after 3 failures in a
 * row; meanwhile a healthy endpoint subscribed to the same events gets each of them at once. With
 * one deliverer working through the queue in order, the healthy deliveries waited behind the
 * time-outs (several seconds); with parallel workers and the endpoint locked by its worker, they
 * do not.
 */
@QuarkusTest
class WebhookLentTest {

    private static final int EVENEMENTS = 6;

    private HttpServer lent;
    private HttpServer sain;
    private final AtomicInteger appelsLents = new AtomicInteger();
    private final Map<String, Long> recusSains = new ConcurrentHashMap<>();

    @BeforeEach
    void demarrerRecepteurs() throws Exception {
        lent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lent.setExecutor(Executors.newCachedThreadPool());
        lent.createContext("/lent", ex -> {
            appelsLents.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            try {
                Thread.sleep(10_000); // far beyond the caller's 2 s
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        lent.start();
        sain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sain.createContext("/sain", ex -> {
            String corps = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            recusSains.putIfAbsent(corps, System.nanoTime());
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        sain.start();
    }

    @AfterEach
    void arreterRecepteurs() {
        lent.stop(0);
        sain.stop(0);
    }

    @Test
    void unRecepteurQuiNeRepondPasEstDesactiveSansRetarderLesAutres() {
        String partenaireLent = "partenaire-" + UUID.randomUUID();
        String partenaireSain = "partenaire-" + UUID.randomUUID();
        String idLent = inscrire(partenaireLent, "http://127.0.0.1:" + lent.getAddress().getPort() + "/lent");
        String idSain = inscrire(partenaireSain, "http://127.0.0.1:" + sain.getAddress().getPort() + "/sain");
        try {
            Map<String, Long> envoyes = new ConcurrentHashMap<>();
            for (int i = 0; i < EVENEMENTS; i++) {
                String candidature = UUID.randomUUID().toString();
                envoyes.put(candidature, System.nanoTime());
                Evenements.envoyer("candidature.deposee", candidature, Evenements.exemple("candidature.deposee",
                        candidature, "porteur-lent", "lent-" + candidature.substring(0, 8) + "@exemple.fr"));
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> recusSains.size() >= EVENEMENTS);
            long pire = 0;
            for (Map.Entry<String, Long> e : envoyes.entrySet()) {
                long recu = recusSains.entrySet().stream().filter(r -> r.getKey().contains(e.getKey()))
                        .mapToLong(Map.Entry::getValue).findFirst().orElseThrow();
                pire = Math.max(pire, recu - e.getValue());
            }
            System.out.printf("webhook sain : pire délai %d ms pour %d événements ; appels au récepteur lent : %d%n",
                    pire / 1_000_000, EVENEMENTS, appelsLents.get());
            assertTrue(pire < Duration.ofSeconds(3).toNanos(),
                    "le récepteur sain a attendu " + pire / 1_000_000 + " ms derrière le récepteur lent");

            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(TestTokens.forUser(partenaireLent, "partenaire"))
                            .when().get("/api/v1/webhooks")
                            .then().statusCode(200)
                            .body("elements.find { it.id == '" + idLent + "' }.actif", is(false)));
            assertTrue(appelsLents.get() >= 3, "tried " + appelsLents.get() + " times before being disabled");
            given().auth().oauth2(TestTokens.forUser(partenaireSain, "partenaire"))
                    .when().get("/api/v1/webhooks")
                    .then().statusCode(200)
                    .body("elements.find { it.id == '" + idSain + "' }.actif", is(true));
        } finally {
            given().auth().oauth2(TestTokens.forUser(partenaireSain, "partenaire"))
                    .when().delete("/api/v1/webhooks/" + idSain).then().statusCode(204);
        }
    }

    private static String inscrire(String partenaire, String url) {
        return given().auth().oauth2(TestTokens.forUser(partenaire, "partenaire"))
                .contentType("application/json")
                .body(Map.of("url", url, "types", List.of("candidature.deposee")))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }
}

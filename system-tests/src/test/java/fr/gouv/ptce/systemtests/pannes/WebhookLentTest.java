package fr.gouv.ptce.systemtests.pannes;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's webhook receiver that never answers in time (a tiny HTTP server in this JVM that
 * holds every request 30 s; the platform's timeout is 1 s): its deliveries are retried, then the
 * endpoint is disabled once a delivery failed its 4 attempts (the system-test settings); meanwhile a healthy
 * endpoint and the e-mails keep their latency. The bounds are generous (a sanity check on a loaded
 * machine); the figures are printed.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 8)
class WebhookLentTest {

    private static final int DOSSIERS = 8;
    private static final Duration BORNE = Duration.ofSeconds(20);

    @Test
    void unRecepteurMuetEstReessayePuisDesactiveSansRalentirLeReste(SystemTestPlatform systeme) throws Exception {
        PtceClient client = systeme.client();
        Parcours parcours = Parcours.nouvelles(client, "webhook");
        Appels appels = parcours.appels;
        AtomicInteger appelsMuet = new AtomicInteger();
        Map<String, Instant> recusSain = new ConcurrentHashMap<>();
        HttpServer muet = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        muet.setExecutor(Executors.newCachedThreadPool());
        muet.createContext("/muet", ex -> {
            appelsMuet.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            Appels.pause(30_000);
            ex.close();
        });
        HttpServer sain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sain.createContext("/sain", ex -> {
            JsonNode ce = PtceClient.JSON.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            recusSain.putIfAbsent(ce.path("data").path("candidatureId").asText(), Instant.now());
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        muet.start();
        sain.start();
        String idMuet = inscrire(appels, "http://127.0.0.1:" + muet.getAddress().getPort() + "/muet");
        String idSain = inscrire(appels, "http://127.0.0.1:" + sain.getAddress().getPort() + "/sain");
        try {
            Map<String, Instant> deposees = new ConcurrentHashMap<>();
            List<String> soumises = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                String id = parcours.unDossier(Parcours.Profondeur.DEPOT).get(0);
                deposees.put(id, Instant.now());
                soumises.add(id);
            }
            long limite = System.nanoTime() + 120_000_000_000L;
            while (recusSain.keySet().containsAll(soumises) == false && System.nanoTime() < limite) {
                Appels.pause(200);
            }
            assertTrue(recusSain.keySet().containsAll(soumises), "le récepteur sain n'a pas tout reçu : " + recusSain.keySet());
            List<Long> webhookMs = new ArrayList<>();
            for (String id : soumises) {
                webhookMs.add(Duration.between(deposees.get(id), recusSain.get(id)).toMillis());
            }
            Rapprochement.Bilan bilan = new Rapprochement(parcours).verifier(soumises, Duration.ofSeconds(120));
            List<Long> courrielMs = new ArrayList<>();
            for (String[] n : Bases.lignes("notification", "select candidature_id::text, (extract(epoch from envoyee_le) * 1000)::bigint from notification "
                    + "where destinataire like ? and type_evenement = 'candidature.deposee'", "%" + parcours.marqueur)) {
                courrielMs.add(Duration.between(deposees.get(n[0]), Instant.ofEpochMilli(Long.parseLong(n[1]))).toMillis());
            }
            JsonNode webhookMuet = attendreDesactive(appels, idMuet);
            JsonNode livraisons = appels.get(Service.NOTIFICATION, "/api/v1/webhooks/" + idMuet + "/livraisons?taille=100",
                    "partenaire").json().path("elements");

            Remise.afficher("récepteur de webhook muet (délai de réponse 1 s, désactivation après un cycle de 4 tentatives en échec)",
                    "appels reçus par le récepteur muet : " + appelsMuet.get() + " ; désactivé : "
                            + !webhookMuet.path("actif").asBoolean() + " ; livraisons en échec : " + livraisons.size(),
                    "webhook sain, délai dépôt → réception (ms) : " + resume(webhookMs),
                    "courriels, délai dépôt → envoi (ms) : " + resume(courrielMs),
                    "bilan : " + bilan);
            assertTrue(appelsMuet.get() >= 4, "réessayé avant d'être désactivé : " + appelsMuet.get());
            assertEquals(DOSSIERS, courrielMs.size());
            assertTrue(Collections.max(webhookMs) < BORNE.toMillis(), "webhook sain ralenti : " + webhookMs);
            assertTrue(Collections.max(courrielMs) < BORNE.toMillis(), "courriels ralentis : " + courrielMs);
            for (JsonNode l : livraisons) {
                assertEquals("ECHEC", l.path("statut").asText(), l.toString());
            }
            JsonNode sainVu = appels.get(Service.NOTIFICATION, "/api/v1/webhooks?taille=100", "partenaire").json();
            boolean sainActif = false;
            for (JsonNode w : sainVu.path("elements")) {
                if (w.path("id").asText().equals(idSain)) {
                    sainActif = w.path("actif").asBoolean();
                }
            }
            assertTrue(sainActif, "le webhook sain reste actif");
        } finally {
            appels.tenace("DELETE", Service.NOTIFICATION, "/api/v1/webhooks/" + idMuet, "partenaire", null, null, Set.of());
            appels.tenace("DELETE", Service.NOTIFICATION, "/api/v1/webhooks/" + idSain, "partenaire", null, null, Set.of());
            muet.stop(0);
            sain.stop(0);
        }
    }

    private static String inscrire(Appels appels, String url) {
        Appels.Reponse r = appels.tenace("POST", Service.NOTIFICATION, "/api/v1/webhooks", "partenaire",
                Map.of("url", url, "types", List.of("candidature.deposee")), null, Set.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().get("id").asText();
    }

    private static JsonNode attendreDesactive(Appels appels, String id) {
        long limite = System.nanoTime() + 120_000_000_000L;
        while (true) {
            for (JsonNode w : appels.get(Service.NOTIFICATION, "/api/v1/webhooks?taille=100", "partenaire").json()
                    .path("elements")) {
                if (w.path("id").asText().equals(id) && !w.path("actif").asBoolean(true)) {
                    return w;
                }
            }
            if (System.nanoTime() > limite) {
                throw new AssertionError("le webhook " + id + " n'a pas été désactivé en 120 s");
            }
            Appels.pause(500);
        }
    }

    private static String resume(List<Long> ms) {
        List<Long> tries = new ArrayList<>(ms);
        Collections.sort(tries);
        return "n=" + tries.size() + ", médiane " + tries.get(tries.size() / 2) + ", max " + tries.get(tries.size() - 1);
    }
}

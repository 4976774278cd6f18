package fr.gouv.ptce.candidature;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for INSEE's API Sirene 3.11 (the internet is never reached by the tests), answering
 * as the real one does for what the platform uses: GET /api-sirene/3.11/siret/{siret} with the key in
 * X-INSEE-Api-Key-Integration (401 without it or with another), 200 with {header, etablissement} where
 * the establishment's state is in periodesEtablissement[0] and the legal unit's catégorie juridique and
 * ESS flag in uniteLegale, 404 with a header for an unknown SIRET, 429 with Retry-After when the key's
 * 30 requests a minute are spent. Tests set what it knows and how it misbehaves through its statics.
 */
public class FauxSirene implements QuarkusTestResourceLifecycleManager {

    public static final String CLE = "cle-d-integration-de-test";
    static final Map<String, String> ETABLISSEMENTS = new ConcurrentHashMap<>();
    /** The next so many requests are answered 429 (Retry-After: 1), as when the minute's quota is spent. */
    static final AtomicInteger LIMITE_ATTEINTE = new AtomicInteger();
    static final AtomicInteger REQUETES = new AtomicInteger();
    static final AtomicInteger REFUSEES_SANS_CLE = new AtomicInteger();
    /** Non-zero: every request is answered with this status (a Sirene outage). */
    static volatile int pannes;
    /** Milliseconds before answering (a Sirene too slow). */
    static volatile long lenteur;
    static volatile String cleAttendue = CLE;

    private static final Pattern CHEMIN = Pattern.compile("/api-sirene/3\\.11/siret/([0-9]{14})");
    private HttpServer serveur;

    static void reinitialiser() {
        ETABLISSEMENTS.clear();
        LIMITE_ATTEINTE.set(0);
        REQUETES.set(0);
        REFUSEES_SANS_CLE.set(0);
        pannes = 0;
        lenteur = 0;
        cleAttendue = CLE;
    }

    /** An establishment as Sirene 3.11 describes it (the fields the platform reads, and a few around them). */
    static void connaitre(String siret, boolean actif, String categorieJuridique, String ess) {
        String siren = siret.substring(0, 9);
        ETABLISSEMENTS.put(siret, """
                {"header":{"statut":200,"message":"OK"},
                 "etablissement":{"siren":"%s","nic":"%s","siret":"%s","statutDiffusionEtablissement":"O",
                  "dateCreationEtablissement":"2015-03-01","etablissementSiege":true,
                  "uniteLegale":{"etatAdministratifUniteLegale":"%s","statutDiffusionUniteLegale":"O",
                   "dateCreationUniteLegale":"2015-03-01","categorieJuridiqueUniteLegale":"%s",
                   "denominationUniteLegale":"STRUCTURE %s","economieSocialeSolidaireUniteLegale":%s,
                   "societeMissionUniteLegale":null,"activitePrincipaleUniteLegale":"88.99B"},
                  "adresseEtablissement":{"codePostalEtablissement":"35000","libelleCommuneEtablissement":"RENNES",
                   "codeCommuneEtablissement":"35238"},
                  "periodesEtablissement":[
                   {"dateFin":null,"dateDebut":"2020-01-01","etatAdministratifEtablissement":"%s",
                    "changementEtatAdministratifEtablissement":%s},
                   {"dateFin":"2019-12-31","dateDebut":"2015-03-01","etatAdministratifEtablissement":"A",
                    "changementEtatAdministratifEtablissement":false}]}}
                """.formatted(siren, siret.substring(9), siret, actif ? "A" : "C", categorieJuridique, siren,
                ess == null ? "null" : "\"" + ess + "\"", actif ? "A" : "F", !actif));
    }

    @Override
    public Map<String, String> start() {
        try {
            serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        serveur.setExecutor(Executors.newFixedThreadPool(4));
        serveur.createContext("/", this::repondre);
        serveur.start();
        return Map.of("ptce.candidature.sirene.url", "http://127.0.0.1:" + serveur.getAddress().getPort() + "/api-sirene/3.11",
                "ptce.candidature.sirene.cle", CLE,
                "ptce.candidature.sirene.delai", "1s",
                "ptce.candidature.sirene.tentatives-max", "3",
                "ptce.candidature.sirene.attente-initiale", "100ms",
                "ptce.candidature.sirene.attente-max", "2s");
    }

    private void repondre(HttpExchange x) throws IOException {
        REQUETES.incrementAndGet();
        try (x) {
            if (lenteur > 0) {
                Thread.sleep(lenteur);
            }
            if (!cleAttendue.equals(x.getRequestHeaders().getFirst("X-INSEE-Api-Key-Integration"))) {
                REFUSEES_SANS_CLE.incrementAndGet();
                envoyer(x, 401, "{\"code\":\"900901\",\"message\":\"Invalid Credentials\"}");
                return;
            }
            if (pannes != 0) {
                envoyer(x, pannes, "{\"header\":{\"statut\":" + pannes + ",\"message\":\"Erreur interne\"}}");
                return;
            }
            if (LIMITE_ATTEINTE.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                x.getResponseHeaders().add("Retry-After", "1");
                envoyer(x, 429, "{\"header\":{\"statut\":429,\"message\":\"Trop de requêtes\"}}");
                return;
            }
            Matcher m = CHEMIN.matcher(x.getRequestURI().getPath());
            if (!"GET".equals(x.getRequestMethod()) || !m.matches()) {
                envoyer(x, 400, "{\"header\":{\"statut\":400,\"message\":\"Requête invalide\"}}");
                return;
            }
            String corps = ETABLISSEMENTS.get(m.group(1));
            if (corps == null) {
                envoyer(x, 404, "{\"header\":{\"statut\":404,\"message\":\"Aucun élément trouvé pour le siret "
                        + m.group(1) + "\"}}");
                return;
            }
            envoyer(x, 200, corps);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void envoyer(HttpExchange x, int statut, String json) throws IOException {
        byte[] octets = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        x.sendResponseHeaders(statut, octets.length);
        x.getResponseBody().write(octets);
    }

    @Override
    public void stop() {
        if (serveur != null) {
            serveur.stop(0);
        }
    }
}

package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.candidature.Fixtures;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Démarches Simplifiées tests share: a DS API started here ({@link FauxDemarchesSimplifiees},
 * which validates every document against DS's schema — a refusal fails the test after it), a fresh
 * published campaign per test, and the calls to the connector's endpoints.
 */
abstract class BancDemarches {

    static FauxDemarchesSimplifiees ds;
    static final String JETON = "ds-jeton-secret-" + UUID.randomUUID();
    static final List<String> JOURNAL = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            StringBuilder sb = new StringBuilder(String.valueOf(r.getMessage()));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    sb.append(' ').append(p);
                }
            }
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                sb.append(' ').append(t);
            }
            JOURNAL.add(sb.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    EnvoiEcrituresDs envoi;

    String campagne;
    final List<String> reponses = new ArrayList<>();

    @BeforeAll
    static void demarrer() throws Exception {
        ds = new FauxDemarchesSimplifiees(JETON);
        Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterAll
    static void arreter() {
        Logger.getLogger("").removeHandler(CAPTURE);
        ds.close();
    }

    @BeforeEach
    void campagne() {
        ds.vider();
        campagne = Fixtures.campagnePhase1Ouverte();
    }

    @AfterEach
    void chaqueDocumentEnvoyeEtaitValide() {
        assertEquals(List.of(), ds.erreursValidation, "documents GraphQL refusés par le schéma DS");
        for (String r : reponses) {
            assertFalse(r.contains(JETON), "le jeton DS apparaît dans une réponse de l'API : " + r);
        }
    }

    // --- helpers ---

    void configurer(boolean ecritureRetour) {
        Map<String, Object> corps = new HashMap<>();
        corps.put("urlApi", ds.urlApi());
        corps.put("jeton", JETON);
        corps.put("numeroDemarche", 4242);
        corps.put("instructeurId", "SW5zdHJ1Y3RldXItMQ==");
        corps.put("correspondance", DossiersDeTest.correspondance());
        corps.put("ecritureRetour", ecritureRetour);
        reponses.add(as(ADMIN).body(corps).put(url("")).then().statusCode(200)
                .body("jetonDefini", equalTo(true)).extract().asString());
    }

    JsonPath synchroniser(String jeton) {
        String r = as(jeton).post(url("/synchronisation")).then().statusCode(200).extract().asString();
        reponses.add(r);
        return new JsonPath(r);
    }

    JsonPath statut() {
        String r = as(ADMIN).get(url("/statut")).then().statusCode(200).extract().asString();
        reponses.add(r);
        return new JsonPath(r);
    }

    String url(String suite) {
        return "/api/v1/campagnes/" + campagne + "/demarches-simplifiees" + suite;
    }

    static int numero() {
        return 100000 + (int) (Math.random() * 1_000_000_000);
    }

    static Map<String, Object> ajouter(int numero, String siret) {
        Map<String, Object> d = DossiersDeTest.dossier(ds, numero, siret, Fixtures.pdf(), Fixtures.pdf());
        ds.dossiers.put(numero, d);
        return d;
    }

    List<Map<String, Object>> candidatures() {
        String r = as(ADMIN).queryParam("campagne", campagne).get("/api/v1/candidatures").then().statusCode(200)
                .extract().asString();
        return new JsonPath(r).getList("elements");
    }

    static String candidatureDuDossier(int numero) throws Exception {
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("select candidature_id from ds_dossier where numero_dossier = ?")) {
            ps.setInt(1, numero);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "aucune candidature pour le dossier " + numero);
                return rs.getString(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castChamps(Map<String, Object> d) {
        return (List<Map<String, Object>>) d.get("champs");
    }

    /** An event of evaluation-service about a file: the catalogue's example with the file's id and these fields. */
    static void evenement(String topic, String fait, String candidatureId, Map<String, String> champs) {
        ObjectNode e = EventCatalogue.example(fait).deepCopy();
        e.put("candidatureId", candidatureId);
        champs.forEach(e::put);
        KafkaTestClient.send(topic, candidatureId, fait, e);
    }
}

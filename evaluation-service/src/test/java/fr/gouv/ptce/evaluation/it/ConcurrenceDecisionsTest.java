package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** 20 committee members select 20 files at once in a campaign capped at 15: exactly 15 win. */
@QuarkusTest
@Order(5)
class ConcurrenceDecisionsTest {

    @Test
    void vingtSelectionsSimultaneesPourQuinzePlacesDonnentQuinzeLaureatsEtQuinzeEvenements() throws Exception {
        UUID campagne = Scenario.campagnePhase2(15);
        List<UUID> dossiers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            dossiers.add(Scenario.dossierClasse(campagne, "PHASE_2", 3 + (i % 5) * 0.5, 4));
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch depart = new CountDownLatch(1);
        List<Future<Response>> reponses = new ArrayList<>();
        for (int i = 0; i < dossiers.size(); i++) {
            UUID dossier = dossiers.get(i);
            String membre = "comite-" + i;
            reponses.add(pool.submit(() -> {
                depart.await();
                return Scenario.comme(membre, "comite")
                        .body(Map.of("candidatureId", dossier.toString(), "decision", "LAUREAT",
                                "motivation", "Sélection en séance."))
                        .post("/api/v1/campagnes/" + campagne + "/decisions");
            }));
        }
        depart.countDown();
        int acceptees = 0;
        int refusees = 0;
        for (Future<Response> f : reponses) {
            Response r = f.get();
            if (r.statusCode() == 200) {
                acceptees++;
            } else {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.<String>path("code")).isEqualTo("plafond-laureats-atteint");
                assertThat(r.<String>path("detail")).contains("15 lauréats");
                refusees++;
            }
        }
        pool.shutdown();
        assertThat(acceptees).isEqualTo(15);
        assertThat(refusees).isEqualTo(5);

        try (Connection c = TestDatabase.connect("evaluation");
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from instruction where campagne_id = ? and decision = 'LAUREAT'")) {
            ps.setObject(1, campagne);
            ResultSet rs = ps.executeQuery();
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(15);
        }

        List<KafkaTestClient.Received> selections = KafkaTestClient.await("ptce.decisions",
                "laureat.phase2.selectionne", "campagneId", campagne.toString(), 15, Duration.ofSeconds(60));
        assertThat(selections).hasSize(15);
        // Give the relay time to publish anything extra, then count again: still 15, each file once.
        List<KafkaTestClient.Received> tout = KafkaTestClient.readAll("ptce.decisions").stream()
                .filter(r -> "laureat.phase2.selectionne".equals(r.fact()))
                .filter(r -> campagne.toString().equals(r.data().path("campagneId").asText())).toList();
        assertThat(tout).hasSize(15);
        assertThat(tout.stream().map(r -> r.data().path("candidatureId").asText()).distinct()).hasSize(15);
    }
}

package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The read of an application (one SQL statement: its row, campaign, attachments and history): what it
 * answers is exactly what is stored — attachments by deposit instant then id, history by id, instants
 * to the microsecond, the version as ETag — and the ownership rule still gives 404 to another porteur.
 */
@QuarkusTest
@Order(5)
class LectureCandidatureTest {

    @Test
    void laLectureRendLesPiecesEtLHistoriqueStockesDansLeurOrdre() throws Exception {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String code = as(Fixtures.ADMIN).get("/api/v1/campagnes/" + campagne).then().statusCode(200).extract().path("code");
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, campagne, Fixtures.siret());

        // A draft without attachments: empty list, one history line.
        as(porteur).get("/api/v1/candidatures/" + id).then().statusCode(200)
                .body("pieces", empty()).body("historique.nouveauStatut", equalTo(List.of("BROUILLON")));

        String statuts = joindre(porteur, id, "STATUTS", "statuts.pdf");
        String budget = joindre(porteur, id, "BUDGET", "budget.pdf");
        String autre = joindre(porteur, id, "AUTRE", "note.pdf");
        // The statutes deposited last; the two others at the same instant, so that their ids decide.
        executer("update piece set deposee_le = deposee_le + interval '1 hour' where id = ?", statuts);
        executer("update piece set deposee_le = (select deposee_le from piece where id = ?) where id = ?", budget, autre);
        Fixtures.deposer(porteur, id).then().statusCode(200);

        Response lue = as(porteur).get("/api/v1/candidatures/" + id);
        lue.then().statusCode(200).header("ETag", "\"" + version(id) + "\"")
                .body("campagneCode", equalTo(code)).body("phase", equalTo("PHASE_1"))
                .body("historique.nouveauStatut", equalTo(List.of("BROUILLON", "DEPOSEE")));
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts.
        List<String> memeInstant = new ArrayList<>(List.of(budget, autre));
        memeInstant.sort(String::compareTo);
        List<String> ordre = List.of(memeInstant.get(0), memeInstant.get(1), statuts);
        JsonPath json = lue.jsonPath();
        assertEquals(ordre, json.getList("pieces.id"));
        assertEquals(instants("select deposee_le from piece where candidature_id = ? order by deposee_le, id", id),
                json.getList("pieces.deposeeLe", String.class).stream().map(Instant::parse).toList());
        assertEquals(instants("select instant from historique_statut where candidature_id = ? order by id", id),
                json.getList("historique.instant", String.class).stream().map(Instant::parse).toList());
        as(porteur).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(200).body("id", equalTo(ordre));

        // Staff read the same answer; another porteur gets 404.
        assertEquals(lue.asString(), as(INSTRUCTEUR).get("/api/v1/candidatures/" + id).then().statusCode(200)
                .extract().asString());
        as(Fixtures.porteur()).get("/api/v1/candidatures/" + id).then().statusCode(404);
        as(porteur).get("/api/v1/candidatures/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static String joindre(String porteur, String id, String type, String nom) {
        return Fixtures.joindre(porteur, id, type, nom, Fixtures.pdf()).then().statusCode(201).extract().path("id");
    }

    private static void executer(String sql, String... ids) throws Exception {
        try (Connection c = TestDatabase.connect("candidature"); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setObject(i + 1, UUID.fromString(ids[i]));
            }
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static long version(String id) throws Exception {
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("select version from candidature where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Instant> instants(String sql, String id) throws Exception {
        try (Connection c = TestDatabase.connect("candidature"); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(id));
            ResultSet rs = ps.executeQuery();
            List<Instant> instants = new ArrayList<>();
            while (rs.next()) {
                instants.add(rs.getObject(1, OffsetDateTime.class).toInstant());
            }
            return instants;
        }
    }
}

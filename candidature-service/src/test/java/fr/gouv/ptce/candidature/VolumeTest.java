package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million applications: every list shape the API uses must be an index range scan that stops
 * after one page (a Limit over an index scan; no sequential scan, no sort of the whole table).
 */
@QuarkusTest
@Order(9)
class VolumeTest {

    static final int LIGNES = 1_000_000;
    static final String CAMPAGNE = "00000000-0000-4000-8000-00000000a001";

    @Test
    void unePageResteUnParcoursDIndexAvecUnMillionDeCandidatures() throws Exception {
        try (Connection c = TestDatabase.connect("candidature"); Statement st = c.createStatement()) {
            st.execute("""
                    insert into campagne (id, code, libelle, phase, ouverture, cloture, fin_depot, echeancier, rapports, grille,
                                          creee_le, creee_par)
                    values ('%s', 'VOLUME', 'Volume', 'PHASE_1', now(), now() + interval '1 day', now() + interval '1 day',
                            '[]', '[]', '[]', now(), 'test') on conflict do nothing""".formatted(CAMPAGNE));
            st.execute("""
                    insert into candidature (id, campagne_id, porteur_sub, statut, region, recherche, creee_le, modifiee_le)
                    select gen_random_uuid(), '%s', 'volume-' || (g %% 20000),
                           (array['BROUILLON','DEPOSEE','EN_INSTRUCTION','REFUSEE'])[g %% 4 + 1],
                           (array['Bretagne','Occitanie','Normandie','Corse','Île-de-France','Grand Est','Mayotte'])[g %% 7 + 1],
                           '', now(), now()
                    from generate_series(1, %d) g""".formatted(CAMPAGNE, LIGNES));
            st.execute("analyze candidature");
            for (String where : List.of("true", "region = 'Bretagne'", "statut = 'DEPOSEE'", "porteur_sub = 'volume-42'",
                    "campagne_id = '" + CAMPAGNE + "'", "campagne_id = '" + CAMPAGNE + "' and statut = 'EN_INSTRUCTION'")) {
                for (String curseur : List.of("", " and seq < 500000")) {
                    String plan = plan(st, "select * from candidature where " + where + curseur + " order by seq desc limit 21");
                    assertTrue(plan.startsWith("Limit"), where + " → " + plan);
                    assertTrue(plan.contains("Index Scan Backward"), where + " → " + plan);
                    assertFalse(plan.contains("Seq Scan"), where + " → " + plan);
                    assertFalse(plan.contains("Sort"), where + " → " + plan);
                }
            }
        }
        // And through the API: page after page stay quick.
        String curseur = "";
        for (int i = 0; i < 3; i++) {
            long debut = System.nanoTime();
            var page = given().auth().oauth2(ADMIN).queryParam("region", "Corse").queryParam("taille", 100)
                    .queryParam("curseur", curseur).get("/api/v1/candidatures").then().statusCode(200)
                    .body("elements.size()", equalTo(100)).extract();
            long ms = (System.nanoTime() - debut) / 1_000_000;
            assertTrue(ms < 3000, "page " + i + " en " + ms + " ms");
            curseur = page.path("curseurSuivant");
        }
    }

    private static String plan(Statement st, String sql) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (ResultSet rs = st.executeQuery("explain " + sql)) {
            while (rs.next()) {
                sb.append(rs.getString(1).strip()).append('\n');
            }
        }
        return sb.toString();
    }
}

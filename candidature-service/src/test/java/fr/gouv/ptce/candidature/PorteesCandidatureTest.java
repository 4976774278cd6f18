package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 21, scopes: staff read and list only the files of their régions (token claim
 * {@code ptce_regions}); another région's file answers 404 as a stranger's; national sees all; a
 * staff user without any scope sees nothing.
 */
@QuarkusTest
@Order(7)
class PorteesCandidatureTest {

    private static final String DREETS_BRETAGNE = TestTokens.inRegions(List.of("Bretagne"), "instr-bzh", "instructeur");
    private static final String NATIONAL = TestTokens.inRegions(List.of("national"), "instr-nat", "instructeur");
    private static final String SANS_PORTEE = TestTokens.inRegions(List.of(), "instr-sans", "instructeur");
    private static final String COMITE_DEUX_REGIONS = TestTokens.inRegions(List.of("Bretagne", "Occitanie"), "comite-2r", "comite");
    private static final String COMITE_BRETAGNE = TestTokens.inRegions(List.of("Bretagne"), "comite-bzh", "comite");

    @Test
    void chaqueAgentNeVoitQueLesDossiersDeSesRegions() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String rennes = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret()); // Rennes → Bretagne
        String toulouse = brouillonA(porteur, campagne, "31555"); // Toulouse → Occitanie
        String piece = Fixtures.joindre(porteur, toulouse, "STATUTS", "statuts.pdf", Fixtures.pdf()).then()
                .statusCode(201).extract().path("id");

        // The DREETS of Bretagne: its file, not the other, on every read by id and in its list.
        as(DREETS_BRETAGNE).get("/api/v1/candidatures/" + rennes).then().statusCode(200).body("structure.region", equalTo("Bretagne"));
        lectures(DREETS_BRETAGNE, toulouse, piece, 404);
        as(DREETS_BRETAGNE).queryParam("campagne", campagne).get("/api/v1/candidatures").then().statusCode(200)
                .body("elements.id", containsInAnyOrder(rennes));
        // asking for the other région by filter does not open it
        as(DREETS_BRETAGNE).queryParam("campagne", campagne).queryParam("region", "Occitanie")
                .get("/api/v1/candidatures").then().statusCode(200).body("elements.size()", equalTo(0));
        as(COMITE_BRETAGNE).get("/api/v1/candidatures/" + toulouse).then().statusCode(404);

        // National, and a scope of two régions, see both.
        as(NATIONAL).queryParam("campagne", campagne).get("/api/v1/candidatures").then().statusCode(200)
                .body("elements.id", containsInAnyOrder(rennes, toulouse));
        lectures(NATIONAL, toulouse, piece, 200);
        as(COMITE_DEUX_REGIONS).queryParam("campagne", campagne).get("/api/v1/candidatures").then().statusCode(200)
                .body("elements.id", containsInAnyOrder(rennes, toulouse));
        lectures(COMITE_DEUX_REGIONS, toulouse, piece, 200);

        // A staff user whose account has no scope sees nothing (never everything).
        as(SANS_PORTEE).queryParam("campagne", campagne).get("/api/v1/candidatures").then().statusCode(200)
                .body("elements.size()", equalTo(0));
        lectures(SANS_PORTEE, rennes, null, 404);

        // The owner is not limited by territory.
        lectures(porteur, toulouse, piece, 200);
    }

    private static String brouillonA(String porteur, String campagne, String codeCommune) {
        Map<String, Object> corps = Fixtures.contenu(Fixtures.siret());
        corps.put("campagneId", campagne);
        corps.put("structure", Map.of("siret", Fixtures.siret(), "raisonSociale", "Coopérative du Capitole",
                "codeCommune", codeCommune));
        return as(porteur).body(corps).post("/api/v1/candidatures").then().statusCode(201).extract().path("id");
    }

    private static void lectures(String token, String id, String piece, int statut) {
        as(token).get("/api/v1/candidatures/" + id).then().statusCode(statut);
        as(token).accept("application/pdf").get("/api/v1/candidatures/" + id).then().statusCode(statut);
        as(token).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(statut);
        if (piece != null) {
            as(token).get("/api/v1/candidatures/" + id + "/pieces/" + piece).then().statusCode(statut);
        }
    }
}

package fr.gouv.ptce.financement.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.TestTokens;
import fr.gouv.ptce.commons.time.ParisTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.financement.it.Scenario.attendreConvention;
import static fr.gouv.ptce.financement.it.Scenario.campagneEnUnVersement;
import static fr.gouv.ptce.financement.it.Scenario.envoyer;
import static fr.gouv.ptce.financement.it.Scenario.gestionnaire;
import static fr.gouv.ptce.financement.it.Scenario.porteur;
import static fr.gouv.ptce.financement.it.Scenario.selection;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

/**
 * Issue 21, scopes: a gestionnaire of one région (token claim {@code ptce_regions}) manages only the
 * agreements of its régions: 404 on every operation by id on another région's agreement, its
 * instalments, reports and clawbacks; lists and exports leave them out. The national cell sees all.
 */
@QuarkusTest
class PorteesFinancementTest {

    private static RequestSpecification bretagne() {
        return given().auth().oauth2(TestTokens.inRegions(List.of("Bretagne"), "gest-bzh", "gestionnaire"))
                .contentType("application/json");
    }

    @Test
    void leGestionnaireDUneRegionNeGereQueSesConventions() {
        UUID campagne = campagneEnUnVersement(30_000_000L);
        ObjectNode bzh = selection(campagne, "porteur-pt-bzh"); // the example's région: Bretagne
        ObjectNode occ = selection(campagne, "porteur-pt-occ");
        occ.put("region", "Occitanie");
        envoyer(bzh);
        envoyer(occ);
        String conventionBzh = attendreConvention(bzh.path("candidatureId").asText(), campagne.toString()).getString("id");
        String conventionOcc = attendreConvention(occ.path("candidatureId").asText(), campagne.toString()).getString("id");

        // The national cell takes the Occitanie agreement through signature, payment, report and clawback.
        String hier = LocalDate.now(ParisTime.ZONE).minusDays(1).toString();
        String echeance = given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("dateSignature", hier)).post("/api/v1/conventions/{id}/signature", conventionOcc)
                .then().statusCode(200).extract().path("echeances[0].id");
        given().auth().oauth2(gestionnaire()).post("/api/v1/echeances/{id}/mise-en-paiement", echeance).then().statusCode(200);
        String reference = "DGFIP-OCC-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("reference", reference, "datePaiement", hier))
                .post("/api/v1/echeances/{id}/paiement", echeance).then().statusCode(200);
        String rapport = given().auth().oauth2(porteur("porteur-pt-occ")).contentType("application/json")
                .body(Map.of("type", "FINANCIER_FINAL", "contenu", "Dépenses justifiées."))
                .post("/api/v1/conventions/{id}/rapports", conventionOcc).then().statusCode(201).extract().path("id");
        String reversement = given().auth().oauth2(gestionnaire()).contentType("application/json")
                .body(Map.of("montant", "10.00", "motif", "Trop-perçu"))
                .post("/api/v1/conventions/{id}/reversements", conventionOcc).then().statusCode(201).extract().path("id");

        // The gestionnaire of Bretagne: 404 on every one of them, as for a stranger's.
        bretagne().get("/api/v1/conventions/{id}", conventionOcc).then().statusCode(404);
        bretagne().get("/api/v1/conventions/{id}/historique", conventionOcc).then().statusCode(404);
        bretagne().body(Map.of("dateSignature", hier)).post("/api/v1/conventions/{id}/signature", conventionOcc).then().statusCode(404);
        bretagne().body(Map.of("motif", "Fin", "montantReversement", "0.00"))
                .post("/api/v1/conventions/{id}/resiliation", conventionOcc).then().statusCode(404);
        bretagne().body(Map.of("montant", "1.00", "motif", "x"))
                .post("/api/v1/conventions/{id}/reversements", conventionOcc).then().statusCode(404);
        bretagne().post("/api/v1/echeances/{id}/mise-en-paiement", echeance).then().statusCode(404);
        bretagne().body(Map.of("reference", "REF-BZH-1", "datePaiement", hier))
                .post("/api/v1/echeances/{id}/paiement", echeance).then().statusCode(404);
        bretagne().post("/api/v1/rapports/{id}/approbation", rapport).then().statusCode(404);
        bretagne().body(Map.of("motif", "Incomplet")).post("/api/v1/rapports/{id}/rejet", rapport).then().statusCode(404);
        bretagne().get("/api/v1/reversements/{id}", reversement).then().statusCode(404);
        bretagne().get("/api/v1/reversements/{id}/historique", reversement).then().statusCode(404);
        bretagne().body(Map.of("reference", "TITRE-BZH-1")).post("/api/v1/reversements/{id}/titre", reversement).then().statusCode(404);
        bretagne().body(Map.of("motif", "x")).post("/api/v1/reversements/{id}/annulation", reversement).then().statusCode(404);

        // Lists and exports: its région only.
        bretagne().queryParam("campagne", campagne.toString()).get("/api/v1/conventions").then().statusCode(200)
                .body("elements.id", containsInAnyOrder(conventionBzh));
        bretagne().get("/api/v1/exports/paiements").then().statusCode(200).body(not(containsString(reference)));
        bretagne().get("/api/v1/exports/reversements").then().statusCode(200).body(not(containsString(reversement)));
        given().auth().oauth2(TestTokens.inRegions(List.of(), "gest-sans", "gestionnaire"))
                .queryParam("campagne", campagne.toString()).get("/api/v1/conventions").then().statusCode(200)
                .body("elements", empty());

        // Its own agreement, and everything for the national cell.
        bretagne().get("/api/v1/conventions/{id}", conventionBzh).then().statusCode(200);
        given().auth().oauth2(gestionnaire()).queryParam("campagne", campagne.toString()).get("/api/v1/conventions")
                .then().statusCode(200).body("elements.id", containsInAnyOrder(conventionBzh, conventionOcc));
        given().auth().oauth2(gestionnaire()).get("/api/v1/exports/paiements").then().statusCode(200)
                .body(containsString(reference));
        given().auth().oauth2(gestionnaire()).get("/api/v1/reversements/{id}", reversement).then().statusCode(200);
        given().auth().oauth2(gestionnaire()).post("/api/v1/rapports/{id}/approbation", rapport).then().statusCode(200);
    }
}

package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static fr.gouv.ptce.candidature.ParcoursCandidatureTest.attendreStatut;
import static fr.gouv.ptce.candidature.ParcoursCandidatureTest.envoyer;
import static fr.gouv.ptce.candidature.ParcoursCandidatureTest.exemple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Issue 21: an evaluator reads the file it scores — the application and each attachment — from its
 * declaration of no conflict (evaluation-service's {@code evaluateur.habilite}) until the decision;
 * before, after, or on another file it gets 404 like a stranger.
 */
@QuarkusTest
@Order(5)
class EvaluateurLecteurTest {

    private static final Duration ATTENTE = Duration.ofSeconds(30);

    private static final String EVALUATRICE = TestTokens.forUser("eva-lectrice", "evaluateur");
    private static final String AUTRE_EVALUATEUR = TestTokens.forUser("eva-autre", "evaluateur");

    private static ObjectNode habilitation(String candidatureId, String evaluateurSub) {
        ObjectNode h = exemple("evaluateur.habilite", candidatureId);
        h.put("evaluateurSub", evaluateurSub);
        return h;
    }

    @Test
    void lEvaluateurHabiliteLitLeDossierEtSesPiecesJusquALaDecision() {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillon(porteur, campagne, Fixtures.siret());
        byte[] statuts = Fixtures.pdf();
        String pieceId = Fixtures.joindre(porteur, id, "STATUTS", "statuts.pdf", statuts).then().statusCode(201)
                .extract().path("id");
        Fixtures.joindre(porteur, id, "BUDGET", "budget.pdf", Fixtures.pdf()).then().statusCode(201);
        Fixtures.deposer(porteur, id).then().statusCode(200);
        envoyer("ptce.instructions", "instruction.demarree", exemple("instruction.demarree", id));
        attendreStatut(porteur, id, "EN_INSTRUCTION");

        // Assigned or not, nothing before the declaration: the file does not exist for it.
        lire(EVALUATRICE, id, pieceId, 404);

        assertValideAuCatalogue(habilitation(id, "eva-lectrice"));
        envoyer("ptce.instructions", "evaluateur.habilite", habilitation(id, "eva-lectrice"));
        await().atMost(ATTENTE).untilAsserted(() -> as(EVALUATRICE).get("/api/v1/candidatures/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("statut", equalTo("EN_INSTRUCTION")));
        as(EVALUATRICE).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(200)
                .body("size()", equalTo(2));
        byte[] lu = as(EVALUATRICE).get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(statuts, lu);
        // the printable file too
        as(EVALUATRICE).accept("application/pdf").get("/api/v1/candidatures/" + id).then().statusCode(200)
                .contentType("application/pdf");

        // Another evaluator, cleared on nothing, and the cleared one on a file it is not cleared on.
        lire(AUTRE_EVALUATEUR, id, pieceId, 404);
        String autreDossier = Fixtures.brouillonComplet(porteur, Fixtures.campagnePhase1Ouverte(), Fixtures.siret());
        as(EVALUATRICE).get("/api/v1/candidatures/" + autreDossier).then().statusCode(404);
        // It never lists files (staff lists stay staff's), nor writes.
        as(EVALUATRICE).get("/api/v1/candidatures").then().statusCode(403);
        as(EVALUATRICE).body(Fixtures.contenu(Fixtures.siret())).put("/api/v1/candidatures/" + id).then().statusCode(403);

        // A redelivered clearance changes nothing.
        envoyer("ptce.instructions", "evaluateur.habilite", habilitation(id, "eva-lectrice"));

        // The committee decides: the clearance ends.
        ObjectNode refus = exemple("decision.rendue", id);
        refus.put("decision", "NON_RETENU");
        envoyer("ptce.decisions", "decision.rendue", refus);
        attendreStatut(porteur, id, "REFUSEE");
        lire(EVALUATRICE, id, pieceId, 404);
        as(Fixtures.INSTRUCTEUR).get("/api/v1/candidatures/" + id).then().statusCode(200);
    }

    private static void lire(String token, String id, String pieceId, int statut) {
        as(token).get("/api/v1/candidatures/" + id).then().statusCode(statut);
        as(token).get("/api/v1/candidatures/" + id + "/pieces").then().statusCode(statut);
        as(token).get("/api/v1/candidatures/" + id + "/pieces/" + pieceId).then().statusCode(statut);
    }

    private static void assertValideAuCatalogue(ObjectNode data) {
        List<String> problemes = EventCatalogue.problems("evaluateur.habilite", data);
        org.junit.jupiter.api.Assertions.assertTrue(problemes.isEmpty(), problemes::toString);
    }
}

package fr.gouv.ptce.evaluation.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.evaluation.it.Scenario.comite;
import static fr.gouv.ptce.evaluation.it.Scenario.instructeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A lauréat withdraws after signing its agreement (issue 20): nobody is promoted while that signed
 * agreement is not terminated (409 convention-non-resiliee), nor when the envelope, less what the
 * terminated agreement keeps (what was paid), cannot hold one more lauréat (409
 * enveloppe-insuffisante) — nothing written, nothing emitted; once financement-service announces
 * the termination, the committee promotes the next file. evaluation-service learns all this from
 * financement-service's events only (topic ptce.financements).
 */
@QuarkusTest
class PromotionApresDesistementTest {

    private static final long MONTANT = 10_000_000L;
    private static final String PROBLEMES = "https://ptce.gouv.fr/problemes/";

    /** Two places (2 × 100 000 € = the envelope), two lauréats, two files on the waiting list. */
    private record Selection(UUID campagne, UUID premier, UUID second, UUID attente1, UUID attente2) {
        String decisions() {
            return "/api/v1/campagnes/" + campagne + "/decisions";
        }
    }

    private static Selection selection() {
        UUID campagne = Scenario.campagne("PHASE_2", 2, MONTANT, 2 * MONTANT);
        Selection s = new Selection(campagne, Scenario.dossierClasse(campagne, "PHASE_2", 5, 5),
                Scenario.dossierClasse(campagne, "PHASE_2", 4.5, 4.5), Scenario.dossierClasse(campagne, "PHASE_2", 4, 4),
                Scenario.dossierClasse(campagne, "PHASE_2", 3, 3));
        decider(s, s.premier(), "LAUREAT");
        decider(s, s.second(), "LAUREAT");
        decider(s, s.attente1(), "LISTE_ATTENTE");
        decider(s, s.attente2(), "LISTE_ATTENTE");
        return s;
    }

    @Test
    void apresSignatureLaPromotionAttendLaResiliationEtCeQueLEnveloppePeutPorter() {
        Selection s = selection();
        UUID convention = UUID.randomUUID();
        financement("convention.creee", s, s.premier(), convention, Map.of("montantCentimes", MONTANT));
        financement("convention.signee", s, s.premier(), convention, Map.of());
        attendreSuivi(s.premier(), "SIGNEE");

        // Withdrawal with promotion: refused as a whole, the lauréat is still one.
        comite().body(Map.of("motif", "La structure renonce.", "promouvoir", true))
                .post(s.decisions() + "/" + s.premier() + "/desistement").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMES + "convention-non-resiliee"))
                .body("code", equalTo("convention-non-resiliee")).body("detail", containsString("résili"));
        instructeur().get("/api/v1/instructions/" + s.premier()).then().body("statut", equalTo("DECIDEE"))
                .body("decision", equalTo("LAUREAT"));

        // The withdrawal alone is recorded; the promotion, as a separate step, waits for the termination.
        comite().body(Map.of("motif", "La structure renonce.", "promouvoir", false))
                .post(s.decisions() + "/" + s.premier() + "/desistement").then().statusCode(200)
                .body("statut", equalTo("DESISTEE")).body("promu", nullValue());
        comite().body(Map.of("motivation", "Place libérée.")).post(s.decisions() + "/promotion").then()
                .statusCode(409).body("code", equalTo("convention-non-resiliee"));
        comite().body(Map.of("candidatureId", s.attente1().toString(), "decision", "LAUREAT", "motivation", "Promu."))
                .post(s.decisions()).then().statusCode(409).body("code", equalTo("convention-non-resiliee"));
        comite().body(Map.of()).post(s.decisions() + "/promotion").then().statusCode(400)
                .body("violations[0].champ", equalTo("motivation"));

        // Terminated after 50 000 € were paid: 50 000 € come back, not enough for a 100 000 € lauréat.
        financement("convention.resiliee", s, s.premier(), convention,
                Map.of("montantLibereCentimes", MONTANT / 2, "montantReversementCentimes", 0L));
        attendreSuivi(s.premier(), "RESILIEE");
        comite().body(Map.of("motivation", "Place libérée.")).post(s.decisions() + "/promotion").then()
                .statusCode(409).body("code", equalTo("enveloppe-insuffisante"))
                .body("detail", containsString("50000.00"));
        instructeur().get("/api/v1/instructions/" + s.attente1()).then().body("decision", equalTo("LISTE_ATTENTE"));
        // Nothing was promised: the waiting file's only decision.rendue is its waiting-list one.
        assertThat(KafkaTestClient.readAll("ptce.decisions").stream()
                .filter(r -> r.fact().equals("decision.rendue"))
                .filter(r -> r.data().path("candidatureId").asText().equals(s.attente1().toString()))).hasSize(1);
        assertThat(KafkaTestClient.readAll("ptce.decisions").stream()
                .filter(r -> r.fact().equals("laureat.phase2.desiste"))
                .filter(r -> r.data().path("candidatureId").asText().equals(s.premier().toString()))).hasSize(1);
    }

    @Test
    void uneFoisLaConventionResilieeSansPaiementLeSuivantEstPromuEtUnDesistementAvantSignaturePromeutAussitot() {
        Selection s = selection();
        UUID conventionPremier = UUID.randomUUID();
        UUID conventionSecond = UUID.randomUUID();
        financement("convention.creee", s, s.premier(), conventionPremier, Map.of("montantCentimes", MONTANT));
        financement("convention.signee", s, s.premier(), conventionPremier, Map.of());
        financement("convention.creee", s, s.second(), conventionSecond, Map.of("montantCentimes", MONTANT));
        attendreSuivi(s.premier(), "SIGNEE");
        attendreSuivi(s.second(), "A_SIGNER");

        comite().body(Map.of("motif", "Renonce après signature.", "promouvoir", false))
                .post(s.decisions() + "/" + s.premier() + "/desistement").then().statusCode(200);
        // Terminated before any payment: the whole amount is back on the envelope.
        financement("convention.resiliee", s, s.premier(), conventionPremier,
                Map.of("montantLibereCentimes", MONTANT, "montantReversementCentimes", 0L));
        attendreSuivi(s.premier(), "RESILIEE");
        comite().body(Map.of("motivation", "Promu après la résiliation de la convention du dossier désisté."))
                .post(s.decisions() + "/promotion").then().statusCode(200)
                .body("candidatureId", equalTo(s.attente1().toString())).body("decision", equalTo("LAUREAT"))
                .body("promotion", equalTo(true)).body("rang", equalTo(3));
        assertThat(Scenario.attendreEvenements("ptce.decisions", "laureat.phase2.selectionne", s.attente1(), 1)
                .get(0).data().path("montantCentimes").asLong()).isEqualTo(MONTANT);
        assertThat(Scenario.attendreEvenements("ptce.decisions", "decision.rendue", s.attente1(), 2))
                .extracting(r -> r.data().path("decision").asText()).containsExactly("LISTE_ATTENTE", "LAUREAT");

        // The other lauréat withdraws before signing: financement terminates that agreement on the
        // withdrawal itself, so the next file is promoted at once, as before.
        comite().body(Map.of("motif", "Renonce avant signature.", "promouvoir", true))
                .post(s.decisions() + "/" + s.second() + "/desistement").then().statusCode(200)
                .body("promu.candidatureId", equalTo(s.attente2().toString()));
        // The withdrawal releases the envelope the promoted file's selection takes: one key (the
        // campaign), the withdrawal first, so financement-service never sees the selection before it.
        KafkaTestClient.Received desiste = Scenario.attendreEvenements("ptce.decisions", "laureat.phase2.desiste",
                s.second(), 1).get(0);
        KafkaTestClient.Received selection = Scenario.attendreEvenements("ptce.decisions", "laureat.phase2.selectionne",
                s.attente2(), 1).get(0);
        assertThat(desiste.key()).isEqualTo(s.campagne().toString());
        assertThat(selection.key()).isEqualTo(s.campagne().toString());
        assertThat(selection.partition()).isEqualTo(desiste.partition());
        assertThat(selection.offset()).isGreaterThan(desiste.offset());
        comite().body(Map.of("motivation", "Encore ?")).post(s.decisions() + "/promotion").then()
                .statusCode(409).body("code", equalTo("liste-attente-vide"));
        comite().get("/api/v1/campagnes/" + s.campagne() + "/classement").then().body("laureats", equalTo(2));
    }

    private static void decider(Selection s, UUID dossier, String type) {
        comite().body(Map.of("candidatureId", dossier.toString(), "decision", type, "motivation", "Motivation."))
                .post(s.decisions()).then().statusCode(200);
    }

    /** Sends a fact of financement-service about the file's agreement (the catalogue's example, these ids). */
    private static void financement(String fait, Selection s, UUID dossier, UUID convention, Map<String, Long> montants) {
        ObjectNode data = (ObjectNode) EventCatalogue.example(fait).deepCopy();
        data.put("candidatureId", dossier.toString());
        data.put("campagneId", s.campagne().toString());
        data.put("conventionId", convention.toString());
        montants.forEach(data::put);
        KafkaTestClient.send("ptce.financements", convention.toString(), fait, data);
    }

    /** Waits until the mirror of the file's agreement has the status (read in the service's database). */
    private static void attendreSuivi(UUID dossier, String statut) {
        await().atMost(Duration.ofSeconds(30)).until(() -> statut.equals(suivi(dossier)));
    }

    private static String suivi(UUID dossier) throws SQLException {
        try (Connection c = TestDatabase.connect("evaluation");
             PreparedStatement ps = c.prepareStatement("select statut from convention_suivie where candidature_id = ?")) {
            ps.setObject(1, dossier);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}

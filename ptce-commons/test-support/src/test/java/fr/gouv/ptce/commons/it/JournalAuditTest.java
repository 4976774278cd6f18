package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit journal against the real PostgreSQL: appended in the caller's transaction, refused
 * changes, a tampered entry named by the verification, concurrent writers keeping one chain.
 * Each test that tampers puts the row back as it was, so the chain is intact between tests.
 */
@QuarkusTest
class JournalAuditTest {

    private static final String JOURNAL = "/api/v1/journal-audit/essai";
    private static final String ADMIN = TestTokens.forUser("auditeur-admin", "admin");

    private static long noter(String sub, String action, long centimes) {
        return given().auth().oauth2(TestTokens.forUser(sub, "admin")).contentType("application/json")
                .body("{\"action\":\"" + action + "\",\"id\":\"E-1\",\"montantCentimes\":" + centimes + "}")
                .when().post("/api/v1/essais/journal")
                .then().statusCode(200).extract().jsonPath().getLong("sequence");
    }

    private static Response verification() {
        return given().auth().oauth2(ADMIN).when().get(JOURNAL + "/verification");
    }

    @Test
    void uneEntreeEcriteEstChaineeEtLaVerificationLaTrouveIntacte() {
        long a = noter("j-1", "MISE_EN_PAIEMENT", 1_000_000L);
        long b = noter("j-1", "PAIEMENT", 1_000_000L);
        assertEquals(a + 1, b);
        verification().then().statusCode(200)
                .body("intact", equalTo(true))
                .body("premiereEntreeRompue", nullValue());
        assertTrue(verification().jsonPath().getLong("entreesVerifiees") >= b);
        String precedente = Sql.text("select empreinte from journal_audit where sequence = ?", a);
        assertEquals(precedente, Sql.text("select empreinte_precedente from journal_audit where sequence = ?", b));
        given().auth().oauth2(ADMIN).queryParam("taille", 200).when().get(JOURNAL).then().statusCode(200)
                .body("elements.find { it.sequence == " + b + " }.action", equalTo("PAIEMENT"))
                .body("elements.find { it.sequence == " + b + " }.acteur", equalTo("j-1"))
                .body("elements.find { it.sequence == " + b + " }.donnees.montantCentimes", equalTo(1_000_000));
    }

    @Test
    void uneTransactionAnnuleeNeLaisseAucuneEntree() {
        long avant = Sql.count("select count(*) from journal_audit");
        given().auth().oauth2(TestTokens.forUser("j-2", "admin")).contentType("application/json")
                .body("{\"action\":\"X\",\"id\":\"E-2\",\"montantCentimes\":1,\"echouer\":true}")
                .when().post("/api/v1/essais/journal").then().statusCode(500);
        assertEquals(avant, Sql.count("select count(*) from journal_audit"));
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void leJournalRefuseModificationSuppressionEtTroncature() {
        long seq = noter("j-3", "ENGAGEMENT", 42L);
        for (String sql : List.of("update journal_audit set donnees = '{}' where sequence = " + seq,
                "delete from journal_audit where sequence = " + seq, "truncate journal_audit")) {
            SQLException refus = assertThrows(SQLException.class, () -> {
                try (Connection c = TestDatabase.connect(Sql.DATABASE); Statement st = c.createStatement()) {
                    st.execute(sql);
                }
            }, sql);
            assertTrue(refus.getMessage().contains("ajout seul"), refus.getMessage());
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void desDonneesFalsifieesSontNommeesParLaVerification() throws SQLException {
        long seq = noter("j-4", "CREATION", 10_000_000L);
        noter("j-4", "SIGNATURE", 10_000_000L);
        String original = Sql.text("select donnees::text from journal_audit where sequence = ?", seq);
        contournerLeDeclencheur("update journal_audit set donnees = '{\"montantCentimes\":99000000}' where sequence = " + seq);
        try {
            verification().then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("entreesVerifiees", equalTo((int) seq - 1))
                    .body("premiereEntreeRompue.sequence", equalTo((int) seq))
                    .body("premiereEntreeRompue.raison", equalTo("empreinte-incorrecte"));
        } finally {
            contournerLeDeclencheur("update journal_audit set donnees = '" + original.replace("'", "''")
                    + "' where sequence = " + seq);
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void uneEntreeReecriteAvecSonEmpreinteRecalculeeRomptLaSuivante() throws SQLException {
        long seq = noter("j-5", "CREATION", 500L);
        noter("j-5", "PAIEMENT", 500L);
        String empreinte = Sql.text("select empreinte from journal_audit where sequence = ?", seq);
        // A forger who also rewrites the hash of the changed entry: the next one no longer points at it.
        contournerLeDeclencheur("update journal_audit set empreinte = '" + "f".repeat(64) + "' where sequence = " + seq);
        try {
            verification().then()
                    .body("intact", equalTo(false))
                    .body("premiereEntreeRompue.sequence", equalTo((int) seq))
                    .body("premiereEntreeRompue.raison", equalTo("empreinte-incorrecte"));
        } finally {
            contournerLeDeclencheur("update journal_audit set empreinte = '" + empreinte + "' where sequence = " + seq);
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void uneEntreeSupprimeeEstNommeeCommeManquante() throws SQLException {
        long seq = noter("j-6", "RESILIATION", 7L);
        noter("j-6", "REVERSEMENT", 7L);
        try (Connection c = TestDatabase.connect(Sql.DATABASE)) {
            List<Object> ligne = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select * from journal_audit where sequence = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        ligne.add(rs.getObject(i));
                    }
                }
            }
            contournerLeDeclencheur("delete from journal_audit where sequence = " + seq);
            try {
                verification().then()
                        .body("intact", equalTo(false))
                        .body("premiereEntreeRompue.sequence", equalTo((int) seq))
                        .body("premiereEntreeRompue.raison", equalTo("sequence-rompue"));
            } finally {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into journal_audit values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)")) {
                    for (int i = 0; i < ligne.size(); i++) {
                        ps.setObject(i + 1, ligne.get(i) == null ? null : i == 6 ? ligne.get(i).toString() : ligne.get(i));
                    }
                    ps.executeUpdate();
                }
            }
        }
        verification().then().body("intact", equalTo(true));
    }

    @Test
    void vingtEcrivainsSimultanesGardentUneSeuleChaine() throws Exception {
        long avant = Sql.count("select count(*) from journal_audit");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> fins = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                String sub = "ecrivain-" + t;
                fins.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        noter(sub, "PAIEMENT", 100L + i);
                    }
                }));
            }
            for (Future<?> fin : fins) {
                fin.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(avant + 100, Sql.count("select count(*) from journal_audit"));
        assertEquals(Sql.count("select max(sequence) from journal_audit"), Sql.count("select count(*) from journal_audit"));
        verification().then().statusCode(200).body("intact", equalTo(true))
                .body("entreesVerifiees", equalTo((int) Sql.count("select count(*) from journal_audit")));
    }

    @Test
    void laListeSePagineParCurseur() {
        noter("j-7", "A", 1L);
        noter("j-7", "B", 2L);
        noter("j-7", "C", 3L);
        Response premiere = given().auth().oauth2(ADMIN).queryParam("taille", 2).when().get(JOURNAL);
        premiere.then().statusCode(200).body("elements", hasSize(2)).body("curseurSuivant", notNullValue())
                .body("elements[0].sequence", equalTo(1));
        given().auth().oauth2(ADMIN).queryParam("taille", 2)
                .queryParam("curseur", premiere.jsonPath().getString("curseurSuivant"))
                .when().get(JOURNAL).then().statusCode(200).body("elements[0].sequence", equalTo(3));
        given().auth().oauth2(ADMIN).queryParam("taille", 0).when().get(JOURNAL).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].champ", equalTo("taille"));
        given().auth().oauth2(ADMIN).queryParam("curseur", "n'importe quoi").when().get(JOURNAL).then().statusCode(400)
                .body("violations[0].champ", equalTo("curseur"));
    }

    @Test
    void leJournalEstReserveAuxAdministrateursEtGestionnaires() {
        given().when().get(JOURNAL + "/verification").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("p", "porteur")).when().get(JOURNAL).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forUser("i", "instructeur")).when().get(JOURNAL + "/verification")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("g", "gestionnaire")).when().get(JOURNAL + "/verification")
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).when().get("/api/v1/journal-audit/autre-service").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** As the database superuser, with triggers off for this session: what a forger with full access could do. */
    private static void contournerLeDeclencheur(String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(Sql.DATABASE); Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute(sql);
        }
    }
}

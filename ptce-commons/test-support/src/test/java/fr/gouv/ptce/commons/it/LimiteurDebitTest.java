package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.limites.Debit;
import fr.gouv.ptce.commons.limites.LimiteurDebit;
import fr.gouv.ptce.commons.testing.TestInfrastructure;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's rate limiter is one bucket per key for every replica: another replica (its own
 * connections to the same database) draws from the bucket this application's write filter uses.
 */
@QuarkusTest
class LimiteurDebitTest {

    private static final String BODY = "{\"texte\":\"bonjour\",\"membres\":[{\"nom\":\"A\"}]}";

    @Inject
    LimiteurDebit limiteur;

    private static LimiteurDebit autreReplique() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(TestInfrastructure.jdbcUrl(Sql.DATABASE));
        ds.setUser("postgres");
        ds.setPassword("postgres");
        return new LimiteurDebit(ds);
    }

    @Test
    void lesEcrituresDUnClientSurUneAutreRepliqueEpuisentSonSeauIci() {
        String sub = "h-replique-" + UUID.randomUUID();
        LimiteurDebit ailleurs = autreReplique();
        Debit ecritures = Debit.parMinute(6, 20); // the test profile's write limit
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, ailleurs.prendre("ecritures::" + sub, ecritures), "écriture " + i + " ailleurs");
        }
        given().auth().oauth2(TestTokens.forUser(sub, "admin")).contentType("application/json").body(BODY)
                .when().post("/api/v1/essais").then().statusCode(429).header("RateLimit-Policy", "\"ecritures\";q=6;w=60");
    }

    @Test
    void unePriseFaiteDansUneTransactionQuiEchoueResteComptee() {
        String cle = "essai:" + UUID.randomUUID();
        Debit un = new Debit(1, 1.0 / 300);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Duration.ZERO, limiteur.prendre(cle, un));
            throw new IllegalStateException("l'écriture laissée passer échoue : sa transaction est annulée");
        }));
        assertTrue(limiteur.prendre(cle, un).compareTo(Duration.ofMinutes(4)) > 0,
                "le jeton pris par l'écriture annulée reste pris");
    }

    @Test
    void desPrisesSimultaneesDeDeuxRepliquesNeDepassentPasLaCapacite() throws Exception {
        String cle = "essai:" + UUID.randomUUID();
        Debit lent = new Debit(10, 1.0 / 300); // ten, then one every five minutes: nothing refills during the test
        LimiteurDebit ailleurs = autreReplique();
        ExecutorService fils = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Duration>> prises = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LimiteurDebit replique = i % 2 == 0 ? limiteur : ailleurs;
                prises.add(() -> replique.prendre(cle, lent));
            }
            int accordees = 0;
            for (Future<Duration> f : fils.invokeAll(prises)) {
                Duration attente = f.get();
                if (attente.isZero()) {
                    accordees++;
                } else {
                    assertTrue(attente.compareTo(Duration.ofMinutes(4)) > 0, "un jeton toutes les cinq minutes : " + attente);
                }
            }
            assertEquals(10, accordees, "la capacité, toutes répliques confondues");
        } finally {
            fils.shutdownNow();
        }
        assertEquals(Duration.ZERO, limiteur.prendre("essai:" + UUID.randomUUID(), lent), "une autre clé a son propre seau");
    }
}

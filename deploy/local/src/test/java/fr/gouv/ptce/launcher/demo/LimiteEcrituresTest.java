package fr.gouv.ptce.launcher.demo;

import fr.gouv.ptce.launcher.DemoAccounts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the demo follows a 429: the wait it reads, what it prints, what it counts; and the accounts it uses. */
class LimiteEcrituresTest {

    @Test
    void retryAfterEnSecondesBorneEtUneSecondeQuandIlManque() {
        assertEquals(12, LimiteEcritures.secondes("12"));
        assertEquals(1, LimiteEcritures.secondes(null));
        assertEquals(1, LimiteEcritures.secondes("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(1, LimiteEcritures.secondes("0"));
        assertEquals(LimiteEcritures.ATTENTE_MAX_SECONDES, LimiteEcritures.secondes("86400"));
    }

    @Test
    void plusieursFilsArretesEnsembleParLeMemeCompteDonnentUneSeuleLigne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LimiteEcritures limite = new LimiteEcritures(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch depart = new CountDownLatch(1);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> {
                depart.await();
                limite.attendre("porteur1", "candidature-service", "1", "Limite de 300 écritures par minute atteinte");
                return null;
            });
        }
        depart.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        assertTrue(System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(950), "each thread waited as told");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("      … write limit reached for porteur1 on candidature-service (HTTP 429), resuming in 1 s\n", out);
        assertEquals(3, limite.reponses429());
        assertEquals(1, limite.pauses());
        assertEquals("Limite de 300 écritures par minute atteinte", limite.dernierMotif());
    }

    @Test
    void chaqueCompteDesEditionsExisteDansLeRoyaumeDeDemo() {
        List<String> comptes = DemoAccounts.USERS.stream().map(DemoAccounts.User::username).toList();
        for (Taille t : List.of(Taille.COMPLETE, Taille.REDUITE)) {
            for (String role : List.of("porteur", "instructeur", "evaluateur", "comite")) {
                assertTrue(comptes.containsAll(t.comptes(role)), role + " of " + t + " not all in " + comptes);
            }
        }
    }
}

package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Submissions arriving at the same instant, as in the last minutes before a deadline: the rule "one
 * live application per structure and campaign" must hold without making every submission of the
 * campaign wait for the others (the campaign is only share-locked; each structure has its own lock).
 */
@QuarkusTest
class DepotsSimultanesTest {

    private static final int N = 8;

    @Test
    void laMemeStructureDeposeHuitFoisEnMemeTempsUneSeuleCandidatureEstAcceptee() throws Exception {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String siret = Fixtures.siret();
        List<String> brouillons = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            brouillons.add(Fixtures.brouillonComplet(porteur, campagne, siret));
        }

        List<Response> reponses = deposerEnMemeTemps(porteur, brouillons);

        long acceptees = reponses.stream().filter(r -> r.statusCode() == 200).count();
        List<String> refus = reponses.stream().filter(r -> r.statusCode() != 200)
                .map(r -> r.statusCode() + " " + r.jsonPath().getString("code")).toList();
        assertEquals(1, acceptees, "une seule candidature vivante par structure, reçu : " + refus);
        assertEquals(List.of("409 candidature-existante").size() * (N - 1), refus.size());
        refus.forEach(r -> assertEquals("409 candidature-existante", r));
    }

    @Test
    void huitStructuresDeposentEnMemeTempsToutesSontAccepteesAvecDesNumerosDistincts() throws Exception {
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        List<String> brouillons = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            brouillons.add(Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret()));
        }

        List<Response> reponses = deposerEnMemeTemps(porteur, brouillons);

        Set<String> numeros = new HashSet<>();
        for (Response r : reponses) {
            assertEquals(200, r.statusCode(), r.asString());
            numeros.add(r.jsonPath().getString("numero"));
        }
        assertEquals(N, numeros.size(), "numéros attribués : " + numeros);
    }

    private static List<Response> deposerEnMemeTemps(String porteur, List<String> brouillons) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(brouillons.size());
        try {
            CountDownLatch depart = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (String id : brouillons) {
                futures.add(pool.submit(() -> {
                    depart.await();
                    return Fixtures.deposer(porteur, id);
                }));
            }
            depart.countDown();
            List<Response> reponses = new ArrayList<>();
            for (Future<Response> f : futures) {
                reponses.add(f.get());
            }
            return reponses;
        } finally {
            pool.shutdownNow();
        }
    }
}

package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.Fixtures;
import fr.gouv.ptce.commons.limites.Debit;
import fr.gouv.ptce.commons.limites.LimiteurDebit;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What keeps the connector right with several replicas: one sync per campaign across connections,
 * write-backs claimed so that each is sent once, a mutation whose answer was lost not applied twice,
 * the request budget counted in PostgreSQL.
 */
@QuarkusTest
@Order(14)
class DemarchesRepliquesTest extends BancDemarches {

    @Inject
    LimiteurDebit limiteur;

    @Test
    void uneSynchronisationTenueParUneAutreConnexionFaitRefuserLaSecondeAvec409() throws Exception {
        configurer(false);
        ajouter(numero(), Fixtures.siret());
        try (Connection autre = TestDatabase.connect("candidature")) { // another replica's session
            verrouiller(autre, "pg_advisory_lock");
            as(ADMIN).post(url("/synchronisation")).then().statusCode(409).contentType("application/problem+json");
            verrouiller(autre, "pg_advisory_unlock");
        }
        assertEquals(1, synchroniser(ADMIN).getInt("derniereExecution.crees"));
    }

    @Test
    void deuxEnvoisSimultanesEnvoientChaqueReportUneSeuleFois() throws Exception {
        configurer(true);
        int premier = numero();
        for (int i = 0; i < 6; i++) {
            ajouter(premier + i, Fixtures.siret());
        }
        synchroniser(ADMIN);
        for (int i = 0; i < 6; i++) {
            evenement("ptce.instructions", "instruction.demarree", candidatureDuDossier(premier + i), Map.of());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> statut().getLong("ecritures.aEnvoyer") == 6);
        ExecutorService deux = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> envois = List.of(envoi::envoyer, envoi::envoyer);
            int total = 0;
            for (Future<Integer> f : deux.invokeAll(envois)) {
                total += f.get();
            }
            assertEquals(6, total);
        } finally {
            deux.shutdownNow();
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(List.of("dossierPasserEnInstruction"), ds.mutationsDuDossier(premier + i), "dossier " + (premier + i));
        }
        assertEquals(6, statut().getLong("ecritures.envoyees"));
    }

    @Test
    void uneMutationDontLaReponseSEstPerdueNEstPasAppliqueeDeuxFois() throws Exception {
        configurer(true);
        int n = numero();
        ajouter(n, Fixtures.siret());
        synchroniser(ADMIN);
        evenement("ptce.instructions", "instruction.demarree", candidatureDuDossier(n), Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> statut().getLong("ecritures.aEnvoyer") == 1);
        // A write left due by an earlier test would be sent first and take the unanswered slot (the
        // CI once saw this): here only this dossier's write may be due.
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("update ds_ecriture set statut = 'ECHEC', derniere_erreur = "
                     + "'écartée par DemarchesRepliquesTest' where statut = 'A_ENVOYER' and numero_dossier <> ?")) {
            ps.setInt(1, n);
            ps.executeUpdate();
        }
        ds.pauseSansReponseMs = 7000; // beyond the test profile's 5 s request timeout
        ds.mutationsSansReponse.set(1);
        assertEquals(0, envoi.envoyer(), "réponse perdue : issue inconnue");
        assertTrue(statut().getString("ecritures.enAttenteOuEchec[0].derniereErreur").contains("issue inconnue"));
        assertEquals("en_instruction", ds.dossiers.get(n).get("state"), "DS l'a pourtant appliquée");

        await().atMost(Duration.ofSeconds(15)).until(() -> envoi.envoyer() == 1); // after its backoff: checked on DS first
        assertEquals(List.of("dossierPasserEnInstruction"), ds.mutationsDuDossier(n));
        assertTrue(ds.requetes.stream().anyMatch(r -> r.document().contains("dossier(number")), "vérification sur DS");
        String cmi = ds.mutationsAppliquees.get(0).clientMutationId();
        assertEquals(1, ds.mutations("dossierPasserEnInstruction").size(), "un seul envoi de la mutation");
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("select statut from ds_ecriture where id = ?::uuid")) {
            ps.setString(1, cmi);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "clientMutationId = identifiant du report");
                assertEquals("ENVOYEE", rs.getString(1));
            }
        }
    }

    @Test
    void leBudgetDeRequetesEstCompteDansPostgresPourToutesLesRepliques() {
        String jeton = "ds:empreinte-" + UUID.randomUUID();
        Debit budget = Debit.auPlus(5, ClientDs.FENETRE_DS); // one at once, then four a window
        PGSimpleDataSource connexionsAilleurs = new PGSimpleDataSource(); // another replica's pool
        connexionsAilleurs.setURL(TestInfrastructure.jdbcUrl("candidature"));
        connexionsAilleurs.setUser("postgres");
        connexionsAilleurs.setPassword("postgres");
        assertEquals(Duration.ZERO, new LimiteurDebit(connexionsAilleurs).prendre(jeton, budget));
        Duration attente = limiteur.prendre(jeton, budget);
        assertFalse(attente.isZero(), "la requête de l'autre réplique est comptée ici");
        assertTrue(attente.compareTo(Duration.ofMillis(61_000 / 4 + 1)) <= 0, attente.toString());
        assertEquals(Duration.ZERO, limiteur.prendre("ds:empreinte-" + UUID.randomUUID(), budget),
                "un autre jeton a son propre budget");
    }

    private void verrouiller(Connection c, String fonction) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select " + fonction + "(hashtextextended(?, 23))")) {
            ps.setString(1, "ds-synchro:" + campagne);
            ps.execute();
        }
    }
}

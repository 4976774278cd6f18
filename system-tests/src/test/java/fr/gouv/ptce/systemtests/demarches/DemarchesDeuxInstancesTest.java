package fr.gouv.ptce.systemtests.demarches;

import fr.gouv.ptce.systemtests.support.Sirets;
import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.candidature.demarches.DossiersDeTest;
import fr.gouv.ptce.candidature.demarches.FauxDemarchesSimplifiees;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.InstanceService;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Démarches Simplifiées with two replicas of candidature-service (issue 23): the platform's own
 * instance is replaced by two processes of the same jar, on one database and one Kafka consumer group,
 * both running the scheduled sync and write-back, against one fake DS that validates every request
 * against DS's schema and counts the mutations per dossier. The DS request budget is set low
 * ({@link #BUDGET} a minute) so that the two replicas together would exceed it if each counted alone.
 *
 * <p>Played through DS: a correction requested by the instructeur (dossierEnvoyerMessage with a
 * correction reason), answered by the applicant on DS and back to the instructeur with its changes;
 * an ineligible dossier told its failed rules, fixed, then submitted; a dossier declared irrecevable,
 * refused on DS. At the end each write-back was run exactly once on DS, and no minute saw more
 * requests than the budget. The platform's instance is started again afterwards.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 20)
class DemarchesDeuxInstancesTest {

    /**
     * Low enough that the scenario cannot fit in one minute's budget: it needs about twenty requests
     * (imports page by page, re-reads after each change, five mutations), and the two schedulers, each
     * ticking every 3 s, would ask for far more, so the shared count is what holds them.
     */
    static final int BUDGET = 8;
    private static final Duration PATIENCE = Duration.ofMinutes(6);
    private static final String INSTRUCTEUR_DS = "SW5zdHJ1Y3RldXItMQ==";
    private static final Random RANDOM = new Random();

    @Test
    void deuxRepliquesUnFauxDsLAllerRetourCompletChaqueReportUneFoisDansLeBudget(SystemTestPlatform plateforme, PtceClient client)
            throws Exception {
        var layout = plateforme.platform().layout();
        InstanceService.Lancement lancement = InstanceService.lancementDeLaPlateforme(layout, Service.CANDIDATURE);
        Map<String, String> ds = Map.of(
                "PTCE_DS_SYNCHRONISATION_PLANIFIEE", "true",
                "PTCE_DS_INTERVALLE", "3s",
                "PTCE_DS_INTERVALLE_ECRITURE", "2s",
                "PTCE_DS_REQUETES_PAR_MINUTE", Integer.toString(BUDGET),
                "PTCE_DS_TAILLE_PAGE", "1",
                "PTCE_DS_ATTENTE_INITIALE", "300ms");
        String jeton = "jeton-ds-" + UUID.randomUUID();
        plateforme.platform().kill(Service.CANDIDATURE);
        try (FauxDemarchesSimplifiees faux = new FauxDemarchesSimplifiees(jeton);
             InstanceService a = InstanceService.demarrer(layout, lancement, client.ports().candidature(), ds, "candidature-ds-a");
             InstanceService b = InstanceService.demarrer(layout, lancement, InstanceService.portLibre(), ds, "candidature-ds-b")) {
            a.attendrePrete(Duration.ofMinutes(5));
            b.attendrePrete(Duration.ofMinutes(5));
            jouer(client, faux, jeton, b.port);
        } finally {
            plateforme.platform().start(Service.CANDIDATURE);
        }
    }

    private void jouer(PtceClient client, FauxDemarchesSimplifiees faux, String jeton, int portB) throws Exception {
        String admin = client.tokenFor("admin1");
        String instructeur = client.tokenFor("instructeur1");
        String campagne = campagne(client, admin);
        ok(client.put(Service.CANDIDATURE, "/api/v1/campagnes/" + campagne + "/demarches-simplifiees", admin, Map.of(
                "urlApi", faux.urlApi(), "jeton", jeton, "numeroDemarche", 4242, "instructeurId", INSTRUCTEUR_DS,
                "correspondance", DossiersDeTest.correspondance(), "ecritureRetour", true)));

        int base = 1_000_000 + RANDOM.nextInt(1_000_000_000);
        int corrige = base;
        int ineligible = base + 1;
        int irrecevable = base + 2;
        int simple = base + 3;
        String siretCorrige = Sirets.nouveau();
        String siretIrrecevable = Sirets.nouveau();
        Map<String, Object> dCorrige = DossiersDeTest.dossier(faux, corrige, siretCorrige, pdf(), pdf());
        Map<String, Object> dIneligible = DossiersDeTest.dossier(faux, ineligible, "12345678901234", pdf(), pdf());
        faux.dossiers.put(corrige, dCorrige);
        faux.dossiers.put(ineligible, dIneligible);
        faux.dossiers.put(irrecevable, DossiersDeTest.dossier(faux, irrecevable, siretIrrecevable, pdf(), pdf()));
        faux.dossiers.put(simple, DossiersDeTest.dossier(faux, simple, Sirets.nouveau(), pdf(), pdf()));
        String statut = "/api/v1/campagnes/" + campagne + "/demarches-simplifiees/statut";

        // imported by the replicas' schedulers; the ineligible one is told on DS, and shown as such
        String idCorrige = candidature(client, admin, campagne, siretCorrige);
        String idIrrecevable = candidature(client, admin, campagne, siretIrrecevable);
        JsonNode signale = eventually(() -> client.get(Service.CANDIDATURE, statut, instructeur),
                r -> r.status() == 200 && r.json().path("ineligibles").size() == 1
                        && r.json().path("ineligibles").get(0).path("signale").asBoolean()).json().path("ineligibles").get(0);
        assertEquals("inéligible, en attente du demandeur", signale.path("etat").asText());
        String idIneligible = signale.path("candidatureId").asText();
        List<Map<String, Object>> messages = faux.messages(ineligible);
        assertEquals(1, messages.size());
        String corps = String.valueOf(messages.get(0).get("body"));
        assertTrue(corps.contains("ne peut pas être instruit") && corps.contains("\n- ") && corps.toLowerCase().contains("siret"), corps);

        // the instructeur asks for corrections: they reach the applicant on DS
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + idCorrige, instructeur), r -> r.status() == 200);
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + idCorrige + "/prise-en-charge", instructeur, Map.of()));
        String motif = "Le budget prévisionnel n'est pas signé.";
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + idCorrige + "/corrections", instructeur, Map.of("motif", motif)));
        attendre(() -> faux.messages(corrige).stream().anyMatch(m -> m.get("correction") != null), "demande de correction sur DS");
        assertEquals("en_construction", faux.dossiers.get(corrige).get("state"));
        assertTrue(String.valueOf(faux.messages(corrige).get(0).get("body")).contains(motif));

        // the applicant corrects on DS and answers: back to the instructeur with the changes named
        String titre = "Filière réemploi — version corrigée " + corrige;
        synchronized (faux.dossiers) {
            champs(dCorrige).set(1, DossiersDeTest.texte(DossiersDeTest.TITRE, "Titre", titre));
            champs(dCorrige).set(6, DossiersDeTest.piece(faux, DossiersDeTest.BUDGET, "Budget", "budget-signe-" + corrige + ".pdf", pdf()));
        }
        faux.repondreALaCorrection(corrige);
        JsonNode revenue = eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + idCorrige, admin),
                r -> r.status() == 200 && "DEPOSEE".equals(r.json().path("statut").asText())).json();
        assertEquals(titre, revenue.path("projet").path("titre").asText());
        String ligne = revenue.path("historique").findValuesAsText("motif").stream()
                .filter(m -> m.startsWith("Corrections apportées")).findFirst().orElseThrow(() -> new AssertionError(revenue.toString()));
        assertTrue(ligne.contains("projet.titre") && ligne.contains("budget-signe-" + corrige + ".pdf"), ligne);

        // the ineligible dossier is fixed on DS: checked again and submitted
        synchronized (faux.dossiers) {
            champs(dIneligible).set(0, DossiersDeTest.siret(Sirets.nouveau()));
            dIneligible.put("dateDerniereModification", Instant.now().toString());
        }
        eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + idIneligible, admin),
                r -> r.status() == 200 && "DEPOSEE".equals(r.json().path("statut").asText()));

        // a dossier declared irrecevable: refused on DS (passed "en instruction" first)
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + idIrrecevable, instructeur), r -> r.status() == 200);
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + idIrrecevable + "/prise-en-charge", instructeur, Map.of()));
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + idIrrecevable + "/recevabilite", instructeur,
                Map.of("recevable", false, "motivation", "Le porteur n'est pas une structure de l'ESS.")));
        attendre(() -> "refuse".equals(faux.dossiers.get(irrecevable).get("state")), "refus sur DS");

        // the second replica serves the same state
        JsonNode fin = eventually(() -> client.call("GET", Service.CANDIDATURE, statut, instructeur, null),
                r -> r.status() == 200 && r.json().path("ecritures").path("aEnvoyer").asLong() == 0).json();
        HttpStatut.surLeSecond(portB, statut, instructeur, fin);

        // every write-back ran exactly once on DS, each with its own clientMutationId
        assertEquals(List.of(), faux.erreursValidation, "requêtes refusées par le schéma DS");
        assertEquals(List.of("dossierPasserEnInstruction", "dossierEnvoyerMessage"), faux.mutationsDuDossier(corrige));
        assertEquals(List.of("dossierEnvoyerMessage"), faux.mutationsDuDossier(ineligible));
        assertEquals(List.of("dossierPasserEnInstruction", "dossierRefuser"), faux.mutationsDuDossier(irrecevable));
        assertEquals(List.of(), faux.mutationsDuDossier(simple));
        List<String> ids = faux.mutationsAppliquees.stream().map(FauxDemarchesSimplifiees.MutationAppliquee::clientMutationId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "un clientMutationId par mutation : " + ids);
        long mutationsRecues = faux.requetes.stream().filter(FauxDemarchesSimplifiees.Requete::estUneMutation).count();
        assertEquals(faux.mutationsAppliquees.size(), mutationsRecues, "aucune mutation envoyée deux fois");
        assertEquals(5, fin.path("ecritures").path("envoyees").asLong(), fin.toString());
        assertEquals(0, fin.path("ecritures").path("echecs").asLong(), fin.toString());
        int max = faux.maxRequetesParMinuteGlissante();
        System.out.printf("DS : %d requêtes reçues, au plus %d sur une minute glissante (budget %d), %d mutations%n",
                faux.requetes.size(), max, BUDGET, mutationsRecues);
        assertTrue(max <= BUDGET, "au plus " + BUDGET + " requêtes par minute pour les deux répliques : " + max);
        assertTrue(faux.requetes.size() > BUDGET, "le scénario dépasse une minute de budget, sinon le budget n'est pas éprouvé : "
                + faux.requetes.size());
    }

    /** The same status read on the second replica's port: both serve one database. */
    private static final class HttpStatut {
        static void surLeSecond(int port, String chemin, String jeton, JsonNode attendu) throws Exception {
            var http = java.net.http.HttpClient.newHttpClient();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + chemin))
                    .header("Authorization", "Bearer " + jeton).timeout(Duration.ofSeconds(30)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode vu = PtceClient.JSON.readTree(r.body());
            assertEquals(attendu.path("ecritures").path("envoyees"), vu.path("ecritures").path("envoyees"));
        }
    }

    private static String campagne(PtceClient client, String admin) {
        Instant maintenant = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Response cree = client.post(Service.CANDIDATURE, "/api/v1/campagnes", admin, Map.of(
                "code", "SYS-DS-" + UUID.randomUUID().toString().substring(0, 8), "libelle", "AMI PTCE déposé sur DS",
                "phase", "PHASE_1", "ouverture", maintenant.minus(1, ChronoUnit.DAYS).toString(),
                "cloture", maintenant.plus(60, ChronoUnit.DAYS).toString(),
                "grille", List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial", "poids", 1))));
        assertEquals(201, cree.status(), cree.toString());
        String id = cree.json().get("id").asText();
        ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", admin, Map.of()));
        return id;
    }

    private static String candidature(PtceClient client, String admin, String campagne, String siret) {
        JsonNode liste = eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/candidatures?campagne=" + campagne + "&taille=100", admin),
                r -> r.status() == 200 && r.json().path("elements").findValuesAsText("siret").contains(siret)).json();
        for (JsonNode e : liste.path("elements")) {
            if (siret.equals(e.path("siret").asText())) {
                return e.path("id").asText();
            }
        }
        throw new AssertionError(siret + " absent de " + liste);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> champs(Map<String, Object> dossier) {
        return (List<Map<String, Object>>) dossier.get("champs");
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << >> endobj\n" + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }


    private static Response ok(Response r) {
        assertTrue(r.status() / 100 == 2, r.toString());
        return r;
    }

    private static Response eventually(Supplier<Response> appel, Predicate<Response> fini) {
        long fin = System.nanoTime() + PATIENCE.toNanos();
        Response derniere = null;
        while (System.nanoTime() < fin) {
            derniere = appel.get();
            if (fini.test(derniere)) {
                return derniere;
            }
            pause();
        }
        throw new AssertionError("pas atteint en " + PATIENCE.toSeconds() + " s ; dernière réponse : " + derniere);
    }

    private static void attendre(Supplier<Boolean> condition, String quoi) {
        long fin = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < fin) {
            if (condition.get()) {
                return;
            }
            pause();
        }
        throw new AssertionError(quoi + " : pas atteint en " + PATIENCE.toSeconds() + " s");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrompu");
        }
    }
}

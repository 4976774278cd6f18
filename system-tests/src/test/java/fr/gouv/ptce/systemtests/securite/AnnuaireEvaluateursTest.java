package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import fr.gouv.ptce.systemtests.support.Sirets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;

import static fr.gouv.ptce.systemtests.securite.JeuDeDonnees.eventually;
import static fr.gouv.ptce.systemtests.securite.JeuDeDonnees.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21 item 3 against the real Keycloak of the platform: evaluation-service reads the directory
 * of evaluators through Keycloak's admin API as the service account of {@code evaluation-annuaire}
 * (realm file: view-users and view-realm only). The list of a région is exactly the demo evaluators
 * who may receive its files (its own, and the eight national ones), each with the {@code sub} of its
 * tokens; an assignment to anyone else — an unknown id, the file's porteur, the instructeur itself, an
 * evaluator of another région — is a 422 naming {@code evaluateurSub}; the evaluator assigned gets
 * the e-mail with the link to its evaluation (read in the SMTP server's mailbox), and finds that
 * evaluation with its own token.
 */
@ExtendWith(PlatformExtension.class)
class AnnuaireEvaluateursTest {

    private static final Set<String> NATIONAUX = new TreeSet<>(IntStream.rangeClosed(1, 8)
            .mapToObj(i -> "evaluateur" + i + "@demo.ptce.fr").toList());

    private static Set<String> courriels(PtceClient client, String path, String token) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : client.all(Service.EVALUATION, path, token)) {
            out.add(e.path("email").asText());
        }
        return out;
    }

    private static Set<String> avec(Set<String> base, String... autres) {
        Set<String> out = new TreeSet<>(base);
        out.addAll(List.of(autres));
        return out;
    }

    @Test
    void laListeDUneRegionEstExactementSesEvaluateursEtLesNationaux(PtceClient client) {
        String national = client.tokenFor("instructeur1");
        String dreets = client.tokenFor("instructeur-bretagne");
        String bzh = "evaluateur-bretagne@demo.ptce.fr";
        String occ = "evaluateur-occitanie@demo.ptce.fr";

        assertEquals(avec(NATIONAUX, bzh), courriels(client, "/api/v1/evaluateurs?region=Bretagne", national));
        assertEquals(avec(NATIONAUX, occ), courriels(client, "/api/v1/evaluateurs?region=Occitanie", national));
        assertEquals(avec(NATIONAUX, bzh, occ), courriels(client, "/api/v1/evaluateurs", national));
        // The DREETS of Bretagne: its région and the national cell; another région is an empty list.
        assertEquals(avec(NATIONAUX, bzh), courriels(client, "/api/v1/evaluateurs", dreets));
        assertEquals(Set.of(), courriels(client, "/api/v1/evaluateurs?region=Occitanie", dreets));

        // Each element is the Keycloak user as its own token names it, with its scope and name.
        String sub = PtceClient.claims(client.tokenFor("evaluateur-bretagne")).get("sub").asText();
        JsonNode gwenn = client.all(Service.EVALUATION, "/api/v1/evaluateurs?region=Bretagne", dreets).stream()
                .filter(e -> e.path("email").asText().equals(bzh)).findFirst().orElseThrow();
        assertEquals(sub, gwenn.path("sub").asText(), gwenn.toString());
        assertEquals("Gwenn Kerhervé", gwenn.path("nom").asText());
        assertEquals("[\"Bretagne\"]", gwenn.path("regions").toString());
        // Pages of two: the same evaluators, none twice.
        Response page = client.get(Service.EVALUATION, "/api/v1/evaluateurs?region=Bretagne&taille=2", national);
        assertEquals(200, page.status(), page.toString());
        assertEquals(2, page.json().path("elements").size());
        assertTrue(page.json().hasNonNull("curseurSuivant"), page.toString());
        // Neither an evaluator nor a porteur reads the directory.
        assertEquals(403, client.get(Service.EVALUATION, "/api/v1/evaluateurs", client.tokenFor("evaluateur1")).status());
        assertEquals(403, client.get(Service.EVALUATION, "/api/v1/evaluateurs", client.tokenFor("porteur3")).status());
    }

    @Test
    void seulUnEvaluateurDeLaRegionEstAffecteEtIlRecoitLeLienParCourriel(PtceClient client) {
        client.resetClock();
        String dossier = dossierRecevableEnBretagne(client);
        String instructeur = client.tokenFor("instructeur1");
        String porteur = PtceClient.claims(client.tokenFor("porteur3")).get("sub").asText();
        String lui = PtceClient.claims(instructeur).get("sub").asText();
        String occitanie = PtceClient.claims(client.tokenFor("evaluateur-occitanie")).get("sub").asText();

        Map<String, String> refus = Map.of(
                "un identifiant inconnu", UUID.randomUUID().toString(),
                "le porteur du dossier", porteur,
                "l'instructeur lui-même", lui,
                "un évaluateur d'une autre région", occitanie);
        List<String> echecs = new ArrayList<>();
        refus.forEach((qui, sub) -> {
            Response r = client.post(Service.EVALUATION, "/api/v1/instructions/" + dossier + "/evaluateurs", instructeur,
                    Map.of("evaluateurSub", sub));
            JsonNode v = r.status() == 422 ? r.json().path("violations").path(0) : null;
            if (v == null || !"evaluateurSub".equals(v.path("champ").asText())
                    || !r.header("Content-Type").startsWith("application/problem+json")) {
                echecs.add(qui + " : attendu 422 nommant evaluateurSub, reçu " + r);
            }
        });
        assertEquals(List.of(), echecs);
        assertEquals(0, ok(client.get(Service.EVALUATION, "/api/v1/instructions/" + dossier, instructeur))
                .json().path("evaluateurs").size(), "no assignment was made by the refusals");

        String evaluateur = client.tokenFor("evaluateur-bretagne");
        String sub = PtceClient.claims(evaluateur).get("sub").asText();
        Response affectee = client.post(Service.EVALUATION, "/api/v1/instructions/" + dossier + "/evaluateurs",
                instructeur, Map.of("evaluateurSub", sub));
        assertEquals(201, affectee.status(), affectee.toString());
        assertEquals("Gwenn Kerhervé", affectee.json().path("evaluateurNom").asText(), "the directory's name");
        String evaluation = affectee.json().path("id").asText();
        String numero = ok(client.get(Service.EVALUATION, "/api/v1/instructions/" + dossier, instructeur))
                .json().path("numero").asText();

        PtceClient.Mail mail = client.awaitMail("evaluateur-bretagne@demo.ptce.fr",
                m -> m.text().contains("/evaluations/" + evaluation), Duration.ofSeconds(90));
        assertEquals("Dossier " + numero + " : une évaluation vous est confiée", mail.subject());
        assertTrue(mail.text().contains("Bonjour Gwenn Kerhervé,"), mail.text());
        assertTrue(mail.text().contains("Votre évaluation : http://localhost:3000/evaluations/" + evaluation), mail.text());
        assertTrue(mail.text().contains("conflit d'intérêts"), mail.text());
        // The evaluator finds it with its own token: the directory's id is the token's sub.
        assertTrue(client.all(Service.EVALUATION, "/api/v1/evaluations", evaluateur).stream()
                .anyMatch(e -> e.path("id").asText().equals(evaluation)), "evaluateur-bretagne's evaluations");
        // A national evaluator covers Bretagne too.
        String national = PtceClient.claims(client.tokenFor("evaluateur3")).get("sub").asText();
        Response deuxieme = client.post(Service.EVALUATION, "/api/v1/instructions/" + dossier + "/evaluateurs",
                instructeur, Map.of("evaluateurSub", national));
        assertEquals(201, deuxieme.status(), deuxieme.toString());
    }

    /** porteur3's application of a structure in Rennes (Bretagne), deposited, taken and admissible. */
    private static String dossierRecevableEnBretagne(PtceClient client) {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        Instant now = Instant.now();
        Map<String, Object> campagne = new HashMap<>(Map.of("code", "ANN-" + run, "libelle", "Campagne de l'annuaire",
                "phase", "PHASE_1",
                "ouverture", iso.format(now.minus(Duration.ofDays(2)).atZone(ZoneId.of("Europe/Paris"))),
                "cloture", iso.format(now.plus(Duration.ofDays(60)).atZone(ZoneId.of("Europe/Paris")))));
        campagne.put("grille", List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage", "poids", 3),
                Map.of("code", "IMPACT", "libelle", "Impact", "poids", 2)));
        String admin = client.tokenFor("admin1");
        String campagneId = ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes", admin, campagne)).json().get("id").asText();
        ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + campagneId + "/publication", admin, Map.of()));

        String porteur = client.tokenFor("porteur3");
        String id = eventually(() -> client.post(Service.CANDIDATURE, "/api/v1/candidatures", porteur,
                Map.of("campagneId", campagneId)), r -> r.status() == 201).json().get("id").asText();
        ok(client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + id, porteur, Map.of(
                "structure", Map.of("siret", Sirets.nouveau(), "raisonSociale", "Pôle de l'annuaire " + run,
                        "formeJuridique", "5460", "adresse", "12 rue des Tanneurs", "codeCommune", "35238"),
                "territoire", "Rennes Métropole",
                "membres", List.of(Map.of("nom", "Scop Annuaire " + run, "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Garage Le Bihan SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Ville de Rennes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Réemploi", "description", "Une filière bretonne de réemploi.",
                        "secteurs", List.of("REEMPLOI"), "emploisVises", 3, "budget", "90000.00"),
                "contact", Map.of("nom", "Inès Garnier", "email", "annuaire-" + run + "@pole-test.fr"))));
        ok(JeuDeDonnees.upload(client, porteur, id, "STATUTS", "statuts.pdf", JeuDeDonnees.pdf()));
        ok(JeuDeDonnees.upload(client, porteur, id, "BUDGET", "budget.pdf", JeuDeDonnees.pdf()));
        ok(client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", porteur, Map.of()));

        String instructeur = client.tokenFor("instructeur1");
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + id, instructeur), r -> r.status() == 200);
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + id + "/prise-en-charge", instructeur, Map.of()));
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + id + "/recevabilite", instructeur,
                Map.of("recevable", true, "motivation", "Complet.")));
        return id;
    }
}

package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.securite.OperationsApi.Operation;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import fr.gouv.ptce.systemtests.support.Sirets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "scope" column of the authorisation matrix (issue 21): the same role, another région. Every
 * operation open to instructeurs that names a file by id is called on porteur1's files (built by
 * {@link JeuDeDonnees}, in Pays de la Loire) with the real Keycloak token of {@code instructeur-bretagne}
 * (user attribute {@code ptce_regions} = Bretagne) → 404, and with the national {@code instructeur1} →
 * neither 401, 403, 404 nor 5xx; the lists (applications, instructions, ranking, notifications)
 * never show the other région's files to the DREETS and show them to the national cell; a file of
 * Bretagne is read and listed by its DREETS. An operation that is neither mapped to a file nor listed
 * as not a file of a région fails the test.
 */
@ExtendWith(PlatformExtension.class)
class PorteeMatriceTest {

    /** Operations open to instructeurs whose path names something that is not a file of a région, and why. */
    private static final Set<String> HORS_DOSSIER = Set.of(
            "GET /api/v1/campagnes/{id}/demarches-simplifiees/statut",        // the campaign's connector
            "POST /api/v1/campagnes/{id}/demarches-simplifiees/synchronisation", // idem: imports every région
            "GET /api/v1/offres/{id}",                                         // the service offer catalogue
            "GET /api/v1/structures/{siret}/eligibilite",                      // a structure's status, from public lauréat data
            "GET /api/v1/campagnes/{campagneId}/classement");                  // a list: checked below

    private static final String DREETS = "instructeur-bretagne";

    @Test
    void lInstructeurDUneRegionNApprendRienDesDossiersDUneAutre(PtceClient client) {
        JeuDeDonnees d = JeuDeDonnees.of(client);
        String dreets = client.tokenFor(DREETS);
        String national = client.tokenFor("instructeur1");
        JsonNode claims = PtceClient.claims(dreets);
        assertEquals("[\"Bretagne\"]", claims.path("ptce_regions").toString(), "the scope claim of " + DREETS);
        assertEquals("[\"national\"]", PtceClient.claims(national).path("ptce_regions").toString());

        List<String> failures = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int checks = 0;
        int operations = 0;
        for (Operation op : OperationsApi.all(client)) {
            if (!op.allows("instructeur") || op.in("path").isEmpty() || !op.secured() || op.roles().isEmpty()
                    || HORS_DOSSIER.contains(op.key())) {
                continue;
            }
            Appel appel = appel(op, d);
            if (appel == null) {
                unknown.add(op.toString());
                continue;
            }
            operations++;
            Response autre = appel.send(client, dreets);
            checks++;
            if (autre.status() != 404) {
                failures.add(op + " as " + DREETS + " on a file of Pays de la Loire: expected 404, got " + autre);
            } else if (autre.body() != null && autre.body().contains(d.siret)) {
                failures.add(op + " as " + DREETS + ": the 404 names the file: " + autre.body());
            }
            Response nat = appel.send(client, national);
            checks++;
            int s = nat.status();
            if (s == 401 || s == 403 || s == 404 || s >= 500) {
                failures.add(op + " as instructeur1 (national): expected neither 401, 403, 404 nor 5xx, got " + nat);
            }
        }

        // Lists: never the other région's files for the DREETS; all of them for the national cell.
        String bretagne = brouillonEnBretagne(client, d);
        checks += liste(client, failures, Service.CANDIDATURE, "/api/v1/candidatures?taille=100&campagne=" + d.campagnePhase1,
                dreets, national, List.of(d.depose, d.brouillon), "elements", "id");
        checks += liste(client, failures, Service.EVALUATION, "/api/v1/instructions?taille=100&campagne=" + d.campagnePhase1,
                dreets, national, List.of(d.depose), "elements", "id");
        checks += liste(client, failures, Service.EVALUATION, "/api/v1/campagnes/" + d.campagnePhase1 + "/classement",
                dreets, national, List.of(d.depose), "dossiers", "candidatureId");
        checks += liste(client, failures, Service.NOTIFICATION, "/api/v1/notifications?candidature=" + d.depose,
                dreets, national, List.of(d.depose), "elements", "candidatureId");
        // Its own région: read and listed.
        Response propre = client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + bretagne, dreets);
        checks++;
        if (propre.status() != 200) {
            failures.add(DREETS + " reading a file of Bretagne: expected 200, got " + propre);
        }
        List<String> siens = ids(client.get(Service.CANDIDATURE, "/api/v1/candidatures?taille=100&campagne="
                + d.campagnePhase1, dreets), "elements", "id");
        checks++;
        if (!siens.equals(List.of(bretagne))) {
            failures.add(DREETS + "'s list of the campaign should be its Bretagne file only, got " + siens);
        }

        System.out.printf("Scope matrix: %d file operations × {%s, instructeur1} + lists = %d calls checked%n",
                operations, DREETS, checks);
        assertTrue(unknown.isEmpty(), "operations open to instructeurs on a resource this test cannot map to a file; "
                + "say in PorteeMatriceTest whether it is a file of a région or not:\n" + String.join("\n", unknown));
        assertTrue(failures.isEmpty(), failures.size() + " unexpected answer(s):\n" + String.join("\n", failures));
    }

    /** One list: none of {@code autres} for the DREETS, all of them for the national cell. */
    private static int liste(PtceClient client, List<String> failures, Service service, String path, String dreets,
                             String national, List<String> autres, String tableau, String champ) {
        Response r = client.get(service, path, dreets);
        List<String> vus = ids(r, tableau, champ);
        if (r.status() != 200 || autres.stream().anyMatch(vus::contains)) {
            failures.add(service.moduleName() + " " + path + " as " + DREETS + ": shows another région's file: " + r);
        }
        Response n = client.get(service, path, national);
        if (n.status() != 200 || !ids(n, tableau, champ).containsAll(autres)) {
            failures.add(service.moduleName() + " " + path + " as instructeur1: should show " + autres + ", got " + n);
        }
        return 2;
    }

    private static List<String> ids(Response r, String tableau, String champ) {
        List<String> ids = new ArrayList<>();
        if (r.status() == 200) {
            r.json().path(tableau).forEach(e -> ids.add(e.path(champ).asText()));
        }
        return ids;
    }

    /** porteur2's draft of a structure in Rennes (Bretagne), in the same campaign. */
    private static String brouillonEnBretagne(PtceClient client, JeuDeDonnees d) {
        String porteur2 = client.tokenFor("porteur2");
        Map<String, Object> contenu = new HashMap<>(d.contenu("Une filière bretonne."));
        contenu.put("structure", Map.of("siret", Sirets.nouveau(), "raisonSociale", "Pôle Breton " + d.run,
                "formeJuridique", "5460", "adresse", "12 rue des Tanneurs", "codeCommune", "35238"));
        contenu.put("campagneId", d.campagnePhase1);
        Response r = client.post(Service.CANDIDATURE, "/api/v1/candidatures", porteur2, contenu);
        assertEquals(201, r.status(), "porteur2's draft in Bretagne: " + r);
        return r.json().get("id").asText();
    }

    private record Appel(Operation op, String path, Object body) {
        Response send(PtceClient client, String token) {
            if (body == null) { // Accept */*: the PDF operations too
                return JeuDeDonnees.raw(client, op.method().toUpperCase(), op.service(), path, token, null, null);
            }
            return client.call(op.method().toUpperCase(), op.service(), path, token, body);
        }
    }

    /** How to call one operation on a file of porteur1 (Pays de la Loire). */
    private static Appel appel(Operation op, JeuDeDonnees d) {
        String instruction = "/api/v1/instructions/" + d.depose;
        return switch (op.key()) {
            case "GET /api/v1/candidatures/{id}", "GET /api/v1/candidatures/{id}/pieces" ->
                    new Appel(op, op.path().replace("{id}", d.brouillon), null);
            case "GET /api/v1/candidatures/{id}/pieces/{pieceId}" ->
                    new Appel(op, "/api/v1/candidatures/" + d.brouillon + "/pieces/" + d.piece, null);
            case "GET /api/v1/instructions/{id}" -> new Appel(op, instruction, null);
            // The file is decided: the national cell's actions are refused by its life cycle (409), after the scope.
            case "POST /api/v1/instructions/{id}/prise-en-charge" -> new Appel(op, instruction + "/prise-en-charge", Map.of());
            case "POST /api/v1/instructions/{id}/corrections" ->
                    new Appel(op, instruction + "/corrections", Map.of("motif", "Pièce manquante."));
            case "POST /api/v1/instructions/{id}/recevabilite" ->
                    new Appel(op, instruction + "/recevabilite", Map.of("recevable", true, "motivation", "Complet."));
            case "POST /api/v1/instructions/{id}/evaluateurs" ->
                    new Appel(op, instruction + "/evaluateurs", Map.of("evaluateurSub", "evaluateur-portee", "evaluateurNom", "Portée"));
            case "GET /api/v1/notifications/accuses-reception/{candidatureId}" ->
                    new Appel(op, "/api/v1/notifications/accuses-reception/" + d.depose, null);
            case "GET /api/v1/notifications/{id}/piece-jointe" ->
                    new Appel(op, "/api/v1/notifications/" + d.accuseReception + "/piece-jointe", null);
            default -> null;
        };
    }
}

package fr.gouv.ptce.systemtests.securite;

import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.securite.OperationsApi.Operation;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "owner vs other porteur" column of the authorisation matrix. Every operation open to the
 * porteur role whose path names a resource is either a porteur-owned resource (then porteur1 owns
 * one, built through the API, and porteur2 must get 404, never 403 and never a body that names it,
 * while porteur1 gets neither 401, 403, 404 nor 5xx) or a shared resource listed below with the
 * reason. An operation in neither list fails the test: a new one cannot slip through unchecked.
 */
@ExtendWith(PlatformExtension.class)
class ProprietaireMatriceTest {

    /** Resources every porteur may read or act on: they belong to the State, not to a porteur. */
    private static final Set<String> PARTAGEES = Set.of(
            "GET /api/v1/campagnes/{id}",            // published calls for projects are public
            "GET /api/v1/offres/{id}");              // the service offer catalogue is open to all porteurs

    @Test
    void unPorteurNApprendJamaisQueLaRessourceDUnAutreExiste(PtceClient client) {
        List<Operation> owned = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Operation op : OperationsApi.all(client)) {
            if (!op.allows("porteur") || op.in("path").isEmpty() || !op.secured() || op.roles().isEmpty()) {
                continue;
            }
            if (PARTAGEES.contains(op.key())) {
                continue;
            }
            owned.add(op);
        }
        JeuDeDonnees data = JeuDeDonnees.of(client);
        // Reading first, then writing, deleting last: a deleted piece cannot be read afterwards.
        owned.sort(Comparator.comparingInt(ProprietaireMatriceTest::rank));
        String porteur1 = client.tokenFor("porteur1");
        String porteur2 = client.tokenFor("porteur2");
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Operation op : owned) {
            Appel appel = appel(op, data);
            if (appel == null) {
                unknown.add(op.toString());
                continue;
            }
            Response other = appel.send(client, porteur2);
            checks++;
            if (other.status() != 404) {
                failures.add(op + " as porteur2 (not the owner): expected 404, got " + other);
            } else if (other.body() != null && appel.secrets().stream().anyMatch(s -> other.body().contains(s))) {
                failures.add(op + " as porteur2: the 404 body names the resource of another: " + other.body());
            }
            Response owner = appel.send(client, porteur1);
            checks++;
            int s = owner.status();
            if (s == 401 || s == 403 || s == 404 || s >= 500) {
                failures.add(op + " as porteur1 (the owner): expected neither 401, 403, 404 nor 5xx, got " + owner);
            }
        }
        System.out.printf("Owner matrix: %d porteur-owned operations × {owner, other porteur} = %d calls checked%n",
                owned.size() - unknown.size(), checks);
        assertTrue(unknown.isEmpty(), "operations open to porteurs on a resource this test cannot provision; say in "
                + "ProprietaireMatriceTest whether the resource is shared or how to build one:\n" + String.join("\n", unknown));
        assertTrue(failures.isEmpty(), failures.size() + " unexpected answer(s):\n" + String.join("\n", failures));
    }

    private static int rank(Operation op) {
        return switch (op.method()) {
            case "get" -> 0;
            case "put" -> 1;
            case "post" -> op.path().endsWith("/depot") || op.path().endsWith("/retrait") ? 3 : 2;
            default -> 4;
        };
    }

    /** How to call one operation on porteur1's resource, and the values a 404 must not reveal. */
    private record Appel(Operation op, String path, Object body, byte[] pieceContent, List<String> secrets) {
        Response send(PtceClient client, String token) {
            if (pieceContent != null) {
                return JeuDeDonnees.upload(client, token, path.split("/")[4], "AUTRE", "annexe.pdf", pieceContent);
            }
            if (body == null) {
                return JeuDeDonnees.raw(client, op.method().toUpperCase(), op.service(), path, token, null, null);
            }
            return client.call(op.method().toUpperCase(), op.service(), path, token, body);
        }
    }

    private static Appel appel(Operation op, JeuDeDonnees d) {
        String c = "/api/v1/candidatures/" + d.brouillon;
        List<String> candSecrets = List.of(d.siret, d.email, "Pôle Sécurité " + d.run);
        return switch (op.key()) {
            case "GET /api/v1/candidatures/{id}", "GET /api/v1/candidatures/{id}/pieces" ->
                    new Appel(op, op.path().replace("{id}", d.brouillon), null, null, candSecrets);
            case "PUT /api/v1/candidatures/{id}" -> new Appel(op, c, d.contenu("Modifié par son porteur."), null, candSecrets);
            case "POST /api/v1/candidatures/{id}/depot" -> new Appel(op, c + "/depot", Map.of(), null, candSecrets);
            case "POST /api/v1/candidatures/{id}/retrait" -> new Appel(op, c + "/retrait", Map.of("motif", "Test."), null, candSecrets);
            case "POST /api/v1/candidatures/{id}/pieces" -> new Appel(op, c + "/pieces", null, JeuDeDonnees.pdf(), candSecrets);
            case "GET /api/v1/candidatures/{id}/pieces/{pieceId}", "DELETE /api/v1/candidatures/{id}/pieces/{pieceId}" ->
                    new Appel(op, c + "/pieces/" + d.piece, null, null, List.of("annexe.pdf", d.siret));
            case "GET /api/v1/structures/{siret}/eligibilite" ->
                    new Appel(op, "/api/v1/structures/" + d.siret + "/eligibilite", null, null, List.of("\"eligible\"", "motifs"));
            // The offer is shared, but the structure named in the body is porteur1's: porteur2 must not learn it exists.
            case "POST /api/v1/offres/{id}/inscriptions" -> new Appel(op, "/api/v1/offres/" + d.offre + "/inscriptions",
                    Map.of("siret", d.siret), null, List.of("Pôle Sécurité " + d.run, d.email));
            case "POST /api/v1/offres/{id}/demandes" -> new Appel(op, "/api/v1/offres/" + d.offre + "/demandes",
                    Map.of("siret", d.siret, "heures", 2, "objet", "Appui juridique."), null, List.of("Pôle Sécurité " + d.run, d.email));
            case "DELETE /api/v1/offres/{id}/inscriptions/{inscriptionId}" ->
                    new Appel(op, "/api/v1/offres/" + d.offre + "/inscriptions/" + d.inscription, null, null, List.of(d.siret));
            case "GET /api/v1/conventions/{id}" ->
                    new Appel(op, "/api/v1/conventions/" + d.convention, null, null, List.of(d.siret, d.email, "100000"));
            case "POST /api/v1/conventions/{id}/rapports" -> new Appel(op, "/api/v1/conventions/" + d.convention + "/rapports",
                    Map.of("type", "ACTIVITE_ANNEE_1", "contenu", "Bilan de la première année."), null, List.of(d.siret, d.email));
            case "GET /api/v1/notifications/accuses-reception/{candidatureId}" -> new Appel(op,
                    "/api/v1/notifications/accuses-reception/" + d.depose, null, null, List.of(d.email, d.siret));
            case "GET /api/v1/notifications/{id}/piece-jointe" -> new Appel(op,
                    "/api/v1/notifications/" + d.accuseReception + "/piece-jointe", null, null, List.of(d.email, d.siret));
            default -> null;
        };
    }
}

package fr.gouv.ptce.systemtests.securite;

import fr.gouv.ptce.systemtests.support.Sirets;
import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What porteur1 owns, built through the public API only (as the journey does, at today's real
 * date): a phase-1 lauréat, then a phase-2 lauréat with its convention, an inscription to a service
 * offer, and a fresh draft with one piece. The security tests call the owned resources' operations
 * as porteur1 and as porteur2. Built once per test JVM (a few tens of seconds).
 */
public final class JeuDeDonnees {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static JeuDeDonnees instance;

    public final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    public final String siret = Sirets.nouveau();
    public final String email = "securite-" + run + "@pole-test.fr";
    public String campagnePhase1;
    public String campagnePhase2;
    public String brouillon;
    public String piece;
    public String offre;
    public String inscription;
    public String convention;
    /** porteur1's phase-1 application, deposited: its acknowledgement of receipt (notification-service). */
    public String depose;
    /** The id of the e-mail that carried that acknowledgement as a PDF. */
    public String accuseReception;

    private JeuDeDonnees() {
    }

    public static synchronized JeuDeDonnees of(PtceClient client) {
        if (instance == null) {
            JeuDeDonnees d = new JeuDeDonnees();
            d.build(client);
            instance = d;
        }
        return instance;
    }

    private void build(PtceClient client) {
        client.resetClock(); // an earlier test class may have left the clocks elsewhere
        String admin = client.tokenFor("admin1");
        Instant now = Instant.now();
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String ouverture = iso.format(now.minus(Duration.ofDays(2)).atZone(ZoneId.of("Europe/Paris")));
        String cloture = iso.format(now.plus(Duration.ofDays(60)).atZone(ZoneId.of("Europe/Paris")));
        campagnePhase1 = publish(client, admin, new HashMap<>(Map.of("code", "SEC-P1-" + run, "libelle", "Campagne de sécurité phase 1",
                "phase", "PHASE_1", "ouverture", ouverture, "cloture", cloture, "grille", grille())));
        Map<String, Object> p2 = new HashMap<>(Map.of("code", "SEC-P2-" + run, "libelle", "Campagne de sécurité phase 2",
                "phase", "PHASE_2", "ouverture", ouverture, "cloture", cloture, "maxLaureats", 5,
                "montantParLaureat", "100000.00", "enveloppe", "500000.00", "dureeMois", 24));
        p2.put("grille", grille());
        campagnePhase2 = publish(client, admin, p2);

        String laureat1 = application(client, campagnePhase1);
        deposit(client, laureat1);
        depose = laureat1;
        accuseReception = eventually(() -> client.get(Service.NOTIFICATION, "/api/v1/notifications?candidature=" + laureat1,
                admin), r -> r.status() == 200 && r.json().path("elements").findValues("pieceJointe").stream()
                        .anyMatch(v -> !v.isNull())).json().path("elements").findParents("pieceJointe").stream()
                .filter(n -> !n.get("pieceJointe").isNull()).findFirst().orElseThrow().get("id").asText();
        selectAsLaureate(client, campagnePhase1, laureat1);
        eventually(() -> client.get(Service.CANDIDATURE, "/api/v1/structures/" + siret + "/eligibilite", porteur(client)),
                r -> r.status() == 200 && r.json().path("eligible").asBoolean());
        String laureat2 = application(client, campagnePhase2);
        deposit(client, laureat2);
        selectAsLaureate(client, campagnePhase2, laureat2);
        convention = eventually(() -> client.get(Service.FINANCEMENT, "/api/v1/conventions?campagne=" + campagnePhase2,
                client.tokenFor("gestionnaire1")), r -> r.status() == 200 && r.json().path("elements").size() == 1)
                .json().path("elements").get(0).get("id").asText();

        Response o = client.post(Service.CANDIDATURE, "/api/v1/offres", admin, Map.of("type", "COLLECTIF",
                "theme", "GOUVERNANCE", "titre", "Atelier sécurité " + run, "debut", cloture, "lieu", "Nantes", "capacite", 50));
        offre = ok(o).json().get("id").asText();
        inscription = ok(client.post(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions", porteur(client),
                Map.of("siret", siret))).json().get("id").asText();

        brouillon = application(client, campagnePhase1);
        piece = upload(client, porteur(client), brouillon, "AUTRE", "annexe.pdf", pdf()).json().get("id").asText();
    }

    public String porteur(PtceClient client) {
        return client.tokenFor("porteur1");
    }

    /** A valid content for porteur1's applications. */
    public Map<String, Object> contenu(String description) {
        return Map.of(
                "structure", Map.of("siret", siret, "raisonSociale", "Pôle Sécurité " + run, "formeJuridique", "5460",
                        "adresse", "3 quai de la Fosse", "codeCommune", "44109"),
                "territoire", "Métropole",
                "membres", List.of(Map.of("nom", "Scop Test " + run, "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Garage Dupont SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Ville de Nantes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Réemploi", "description", description, "secteurs", List.of("REEMPLOI"),
                        "emploisVises", 4, "budget", "120000.00"),
                "contact", Map.of("nom", "Lea Martin", "email", email));
    }

    private String application(PtceClient client, String campagne) {
        String token = porteur(client);
        String id = ok(client.post(Service.CANDIDATURE, "/api/v1/candidatures", token, Map.of("campagneId", campagne)))
                .json().get("id").asText();
        ok(client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + id, token, contenu("Une filière de réemploi.")));
        upload(client, token, id, "STATUTS", "statuts.pdf", pdf());
        upload(client, token, id, "BUDGET", "budget.pdf", pdf());
        return id;
    }

    private void deposit(PtceClient client, String id) {
        ok(client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", porteur(client), Map.of()));
    }

    private static void selectAsLaureate(PtceClient client, String campagne, String cand) {
        String instructeur = client.tokenFor("instructeur1");
        eventually(() -> client.get(Service.EVALUATION, "/api/v1/instructions/" + cand, instructeur), r -> r.status() == 200);
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/prise-en-charge", instructeur, Map.of()));
        ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/recevabilite", instructeur,
                Map.of("recevable", true, "motivation", "Complet.")));
        for (String evaluateur : List.of("evaluateur1", "evaluateur2")) {
            String token = client.tokenFor(evaluateur);
            String sub = PtceClient.claims(token).get("sub").asText();
            ok(client.post(Service.EVALUATION, "/api/v1/instructions/" + cand + "/evaluateurs", instructeur,
                    Map.of("evaluateurSub", sub, "evaluateurNom", evaluateur)));
            String evaluation = client.all(Service.EVALUATION, "/api/v1/evaluations", token).stream()
                    .filter(e -> e.path("candidatureId").asText().equals(cand))
                    .map(e -> e.get("id").asText()).findFirst().orElse(null);
            if (evaluation == null) {
                throw new AssertionError(evaluateur + " has no evaluation of " + cand);
            }
            ok(client.post(Service.EVALUATION, "/api/v1/evaluations/" + evaluation + "/declaration-interets", token,
                    Map.of("conflit", false)));
            List<Map<String, Object>> notes = new ArrayList<>();
            for (String critere : List.of("ANCRAGE", "MODELE", "IMPACT")) {
                notes.add(Map.of("critere", critere, "note", "4", "commentaire", "Solide."));
            }
            ok(client.put(Service.EVALUATION, "/api/v1/evaluations/" + evaluation, token, Map.of("notes", notes, "avis", "Favorable")));
            ok(client.post(Service.EVALUATION, "/api/v1/evaluations/" + evaluation + "/soumission", token, Map.of()));
        }
        ok(client.post(Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions", client.tokenFor("comite1"),
                Map.of("candidatureId", cand, "decision", "LAUREAT", "motivation", "Retenu.")));
    }

    private static String publish(PtceClient client, String admin, Map<String, Object> campagne) {
        String id = ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes", admin, campagne)).json().get("id").asText();
        ok(client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", admin, Map.of()));
        return id;
    }

    private static List<Map<String, Object>> grille() {
        return List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2),
                Map.of("code", "IMPACT", "libelle", "Impact", "poids", 2));
    }

    /** A minimal but real PDF. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A multipart upload of a piece; {@code type} or {@code fileName} null leaves that part out. */
    public static Response upload(PtceClient client, String token, String candidature, String type, String fileName, byte[] content) {
        return multipart(client, token, "/api/v1/candidatures/" + candidature + "/pieces", type, fileName, "application/pdf", content);
    }

    public static Response multipart(PtceClient client, String token, String path, String type, String fileName,
                                     String partType, byte[] content) {
        String boundary = "----ptce" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (type != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return raw(client, "POST", Service.CANDIDATURE, path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Any bytes with any content type: what a hostile client sends. */
    public static Response raw(PtceClient client, String method, Service service, String path, String token,
                               String contentType, byte[] body) {
        return raw(client, method, service, path, token, contentType, body, "*/*");
    }

    /** The same with the given Accept header. */
    public static Response raw(PtceClient client, String method, Service service, String path, String token,
                               String contentType, byte[] body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // HTTP/1.1: with h2c a refused request (414, reset) ends the shared connection for every call in flight.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static Response ok(Response r) {
        if (r.status() / 100 != 2) {
            throw new AssertionError("provisioning call refused: " + r);
        }
        return r;
    }

    static Response eventually(Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("condition not reached within " + EVENTUALLY.toSeconds() + " s; last answer: " + last);
    }

}

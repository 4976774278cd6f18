package fr.gouv.ptce.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.launcher.DemoAccounts;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorisation matrix, generated from each service's own OpenAPI document so that a new
 * operation cannot escape it: every operation is called with no token, a token signed by a foreign
 * key, a tampered token, a token of another realm, a genuine but expired token, and a real token of
 * each role; the answer must
 * be 401 for the untrusted ones — also with a Content-Type the operation does not take and with an
 * Accept naming a format it does not produce (authentication comes before content negotiation) —, 403 for a role the operation does not list, and neither 401, 403
 * nor 5xx for a role it lists. Bodies are empty objects and ids random, so allowed calls change
 * nothing (they are refused as invalid or unknown).
 */
@ExtendWith(PlatformExtension.class)
class MatriceAutorisationsTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete");
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private record Operation(Service service, String method, String path, Set<String> roles, boolean secured, boolean json,
                             boolean hasBody, Set<String> produces) {
    }

    /** One way of calling: the body's media type and text (none when null), and the Accept header. */
    private record Forme(String nom, String contentType, String body, String accept) {
    }

    @Test
    void chaqueOperationRefuseQuiNeDoitPasEntrerEtLaisseEntrerQuiLeDoit(PtceClient client) throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (Service s : Service.values()) {
            operations.addAll(operationsOf(client, s));
        }
        assertTrue(operations.size() > 40, "expected the whole API, found " + operations.size() + " operations");

        String sample = client.tokenFor("porteur1");
        Map<String, String> untrusted = new LinkedHashMap<>();
        untrusted.put("aucun jeton", null);
        untrusted.put("clé étrangère", resign(sample));
        untrusted.put("jeton altéré", tamper(sample));
        untrusted.put("autre royaume", otherRealmToken(client));
        // Accepted while young (so the 401s below are due to its age alone), then expired.
        untrusted.put("jeton expiré", fr.gouv.ptce.systemtests.securite.JetonExpire.obtain(client, "porteur1", young -> {
            Response r = client.get(Service.CANDIDATURE, "/api/v1/campagnes", young);
            assertTrue(r.status() == 200, "the short-lived token should be accepted before it expires: " + r);
        }));
        Map<String, String> roles = new LinkedHashMap<>();
        for (DemoAccounts.User user : DemoAccounts.USERS) {
            roles.putIfAbsent(user.role(), client.tokenFor(user.username()));
        }
        roles.put("partenaire", client.partnerToken());

        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Operation op : operations) {
            String path = concrete(op.path());
            // Operations taking JSON get an empty object; the others (multipart, CSV) no body.
            Forme normale = new Forme("", op.json() && op.hasBody() ? "application/json" : null,
                    op.json() && op.hasBody() ? "{}" : null, "*/*");
            for (Map.Entry<String, String> u : untrusted.entrySet()) {
                if (!op.secured()) {
                    continue;
                }
                // Whatever the Content-Type and Accept, a caller without valid credentials learns nothing but 401.
                for (Forme forme : formes(op, normale)) {
                    Response r = send(client, op, path, u.getValue(), forme);
                    checks++;
                    if (r.status() != 401) {
                        failures.add(describe(op, u.getKey() + forme.nom(), 401, r));
                    }
                }
            }
            for (Map.Entry<String, String> role : roles.entrySet()) {
                Response r = send(client, op, path, role.getValue(), normale);
                checks++;
                boolean allowed = !op.secured() || op.roles().isEmpty() || op.roles().contains(role.getKey());
                // An operation open to any authenticated role may still refuse in code (403), never 401 or 5xx.
                if (allowed && (r.status() == 401 || r.status() >= 500 || r.status() == 403 && !op.roles().isEmpty())) {
                    failures.add(describe(op, role.getKey(), -1, r));
                }
                if (!allowed && r.status() != 403) {
                    failures.add(describe(op, role.getKey(), 403, r));
                }
                if (r.status() >= 500 || (r.body() != null && r.body().contains("Exception"))) {
                    failures.add(describe(op, role.getKey(), -2, r));
                }
            }
        }
        System.out.printf("Authorisation matrix: %d operations × (%d untrusted + %d roles) = %d calls checked%n",
                operations.size(), untrusted.size(), roles.size(), checks);
        assertTrue(failures.isEmpty(), failures.size() + " unexpected answer(s):\n" + String.join("\n", failures));
    }

    private static List<Operation> operationsOf(PtceClient client, Service service) {
        Response doc = client.call("GET", service, "/q/openapi?format=json", null, null);
        assertTrue(doc.status() == 200, service + " has no OpenAPI document: " + doc);
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = doc.json().path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode op = paths.path(path).path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                boolean secured = false;
                for (JsonNode requirement : op.path("security")) {
                    for (Iterator<Map.Entry<String, JsonNode>> f = requirement.fields(); f.hasNext(); ) {
                        secured = true;
                        f.next().getValue().forEach(r -> roles.add(r.asText()));
                    }
                }
                JsonNode content = op.path("requestBody").path("content");
                boolean json = content.isMissingNode() || content.has("application/json");
                Set<String> produces = new TreeSet<>();
                for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = r.next();
                    if (answer.getKey().startsWith("2")) {
                        answer.getValue().path("content").fieldNames().forEachRemaining(produces::add);
                    }
                }
                boolean hasBody = !content.isMissingNode() || method.equals("post") || method.equals("put");
                ops.add(new Operation(service, method, path, roles, secured, json, hasBody, produces));
            }
        }
        return ops;
    }

    /**
     * Calls as a generic client would: {@code Accept: *}{@code /*}, so that content negotiation (a CSV
     * export, say) never answers before the security check does.
     */
    private static Response send(PtceClient client, Operation op, String path, String token, Forme forme) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(client.serviceUrl(op.service()) + path))
                .timeout(java.time.Duration.ofSeconds(30)).header("Accept", forme.accept());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (forme.body() == null) {
            request.method(op.method().toUpperCase(), java.net.http.HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", forme.contentType()).method(op.method().toUpperCase(),
                    java.net.http.HttpRequest.BodyPublishers.ofString(forme.body()));
        }
        java.net.http.HttpResponse<String> r = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().map());
    }

    /**
     * The normal call, then one whose body has a media type the operation does not take (text for a
     * JSON operation, JSON for a file upload or a CSV import) — only where it takes a body — and one
     * whose Accept names a format it does not produce (CSV for JSON, JSON for a CSV export, XML for both).
     */
    private static List<Forme> formes(Operation op, Forme normale) {
        List<Forme> formes = new ArrayList<>(List.of(normale));
        if (op.hasBody()) {
            formes.add(op.json() ? new Forme(", Content-Type: text/plain", "text/plain", "bonjour", "*/*")
                    : new Forme(", Content-Type: application/json", "application/json", "{}", "*/*"));
        }
        // A format the operation does not produce; an operation may produce two (JSON and CSV, JSON and PDF).
        String accept = java.util.stream.Stream.of("text/csv", "application/json", "application/xml")
                .filter(t -> op.produces().stream().noneMatch(p -> p.startsWith(t))).findFirst().orElseThrow();
        formes.add(new Forme(", Accept: " + accept, normale.contentType(), normale.body(), accept));
        return formes;
    }

    /** Path parameters become values that exist nowhere: a random UUID, a valid but unknown SIRET. */
    private static String concrete(String path) {
        return path.replaceAll("\\{siret}", "73282932000074")
                .replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
    }

    private static String describe(Operation op, String caller, int expected, Response r) {
        String want = expected == -1 ? "neither 401, 403 nor 5xx" : expected == -2 ? "no server error" : String.valueOf(expected);
        String body = r.body() == null ? "" : r.body().substring(0, Math.min(200, r.body().length()));
        return op.service() + " " + op.method().toUpperCase() + " " + op.path() + " as " + caller + ": expected " + want
                + ", got " + r.status() + " " + body;
    }

    /** The same claims signed by a key nobody trusts. */
    private static String resign(String token) throws Exception {
        String[] parts = token.split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey key = generator.generateKeyPair().getPrivate();
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"etranger\"}".getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + parts[1];
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(rsa.sign());
    }

    /** A genuine token whose roles were edited after signing: the signature no longer matches. */
    private static String tamper(String token) throws Exception {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) PtceClient.claims(token);
        ((ObjectNode) claims.path("realm_access")).putArray("roles").add("admin").add("gestionnaire");
        return parts[0] + "." + b64(PtceClient.JSON.writeValueAsBytes(claims)) + "." + parts[2];
    }

    /** A real token from the same Keycloak, but from its master realm. */
    private static String otherRealmToken(PtceClient client) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.keycloakUrl()
                                    + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 200, "master realm token: " + r.body());
            return PtceClient.JSON.readTree(r.body()).get("access_token").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

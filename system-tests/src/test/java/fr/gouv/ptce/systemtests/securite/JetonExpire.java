package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.launcher.DemoAccounts;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A genuine token of the ptce realm that has expired: issued by Keycloak for a demo user through a
 * throw-away public client (created with the admin API) whose access tokens live {@link #LIFESPAN_S}
 * seconds, so nothing is changed for the realm's real clients. The client copies ptce-front's
 * protocol mappers (audience ptce-api): the token differs from a front-end token only by its age.
 */
public final class JetonExpire {

    static final int LIFESPAN_S = 2;

    private JetonExpire() {
    }

    /**
     * A fresh short-lived token of {@code username} and the same token once expired. {@code stillValid}
     * is called while the token is young, so that a caller can prove it was accepted before it expired
     * (otherwise a 401 afterwards would prove nothing).
     */
    public static String obtain(PtceClient client, String username, java.util.function.Consumer<String> stillValid) {
        String admin = adminToken(client);
        String clientId = "ptce-test-expiration-" + UUID.randomUUID().toString().substring(0, 8);
        String base = client.keycloakUrl() + "/admin/realms/ptce/clients";
        JsonNode front = send(get(base + "?clientId=" + DemoAccounts.FRONT_CLIENT, admin), 200).get(0);
        ObjectNode rep = PtceClient.JSON.createObjectNode();
        rep.put("clientId", clientId).put("publicClient", true).put("directAccessGrantsEnabled", true)
                .put("standardFlowEnabled", false);
        rep.putObject("attributes").put("access.token.lifespan", String.valueOf(LIFESPAN_S));
        ArrayNode mappers = rep.putArray("protocolMappers");
        for (JsonNode m : front.path("protocolMappers")) {
            ObjectNode copy = m.deepCopy();
            copy.remove("id");
            mappers.add(copy);
        }
        send(json(base, admin, "POST", rep.toString()), 201);
        String internalId = send(get(base + "?clientId=" + clientId, admin), 200).get(0).get("id").asText();
        try {
            String password = DemoAccounts.USERS.stream().filter(u -> u.username().equals(username)).findFirst()
                    .orElseThrow().password();
            JsonNode issued = send(HttpRequest.newBuilder(URI.create(client.keycloakUrl() + "/realms/ptce/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + clientId + "&username="
                            + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8))), 200);
            String token = issued.get("access_token").asText();
            stillValid.accept(token);
            long exp = PtceClient.claims(token).get("exp").asLong();
            // One second more than the expiry: exp has a one-second resolution and the services allow no grace.
            long waitMs = Instant.ofEpochSecond(exp + 1).toEpochMilli() - System.currentTimeMillis();
            if (waitMs > 0) {
                Thread.sleep(waitMs);
            }
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            send(HttpRequest.newBuilder(URI.create(base + "/" + internalId)).header("Authorization", "Bearer " + admin).DELETE(), 204);
        }
    }

    private static String adminToken(PtceClient client) {
        return send(HttpRequest.newBuilder(URI.create(client.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin")), 200)
                .get("access_token").asText();
    }

    private static HttpRequest.Builder get(String url, String admin) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + admin).GET();
    }

    private static HttpRequest.Builder json(String url, String admin, String method, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new AssertionError("Keycloak admin API: expected " + expected + ", got " + r.statusCode() + " " + r.body());
            }
            return r.body() == null || r.body().isBlank() ? PtceClient.JSON.nullNode() : PtceClient.JSON.readTree(r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

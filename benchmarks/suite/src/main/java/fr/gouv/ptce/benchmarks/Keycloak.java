package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Real tokens from the local realm: password grant on the public client ptce-front, as the front
 * end does. Extra porteurs are created through the admin API (admin/admin of the local launcher)
 * so that the load spreads over many owners, as in a real rush; creating them is idempotent.
 */
public final class Keycloak {

    public record User(String login, String sub, String token) {
    }

    private final String base;

    public Keycloak(Settings settings) {
        this.base = settings.url(settings.keycloak());
    }

    public User login(String login) {
        JsonNode t = Http.postForm(base + "/realms/ptce/protocol/openid-connect/token", null, Map.of(
                "grant_type", "password", "client_id", "ptce-front", "username", login, "password", login))
                .expect(200).json();
        String token = t.get("access_token").asText();
        return new User(login, claims(token).get("sub").asText(), token);
    }

    /** bench-porteur-0001…: created when missing, with the porteur realm role; then logged in. */
    public List<User> porteurs(int count) {
        JsonNode role = Http.get(base + "/admin/realms/ptce/roles/porteur", adminToken()).expect(200).json();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<User>> futures = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String login = String.format("bench-porteur-%04d", i);
                futures.add(pool.submit(() -> {
                    ensureUser(adminToken(), role, login);
                    return login(login);
                }));
            }
            List<User> users = new ArrayList<>();
            for (Future<User> f : futures) {
                users.add(f.get());
            }
            return users;
        } catch (Exception e) {
            throw new BenchException("porteurs de test impossibles à préparer dans Keycloak: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
    }

    private String adminToken;
    private long adminTokenAt;

    /** The master admin token lives 60 s: renewed every 30 s, since creating users under load takes longer. */
    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenAt > 30_000_000_000L) {
            adminToken = Http.postForm(base + "/realms/master/protocol/openid-connect/token", null, Map.of(
                    "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                    .expect(200).json().get("access_token").asText();
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    /** Creates the user when missing; maps the porteur role every time (idempotent in Keycloak). */
    private void ensureUser(String admin, JsonNode role, String login) {
        Http.Response found = Http.get(base + "/admin/realms/ptce/users?exact=true&username=" + login, admin).expect(200);
        if (found.json().size() > 0) {
            Http.postJson(base + "/admin/realms/ptce/users/" + found.json().get(0).get("id").asText()
                    + "/role-mappings/realm", adminToken(), List.of(role)).expect(204);
            return;
        }
        Http.postJson(base + "/admin/realms/ptce/users", admin, Map.of(
                "username", login, "enabled", true, "email", login + "@bench.ptce.fr", "emailVerified", true,
                "firstName", "Porteur", "lastName", login,
                "credentials", List.of(Map.of("type", "password", "value", login, "temporary", false)))).expect(201, 409);
        String id = Http.get(base + "/admin/realms/ptce/users?exact=true&username=" + login, admin).expect(200)
                .json().get(0).get("id").asText();
        Http.postJson(base + "/admin/realms/ptce/users/" + id + "/role-mappings/realm", adminToken(), List.of(role)).expect(204);
    }

    public static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return Json.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}

package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.launcher.DemoAccounts;
import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The platform seen from outside, as the demo users see it: Keycloak tokens (password grant of the
 * local realm, reused until close to expiry), JSON calls to the four services, the mailbox.
 */
final class DemoClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An HTTP answer; {@code json} is null when the body is not JSON; {@code retryAfter} and
     * {@code etag} null when absent.
     */
    record Answer(String request, int status, String body, JsonNode json, String retryAfter, String etag) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** This answer when it is a success, else a DemoException naming the request and the answer. */
        Answer expectOk() {
            if (!ok()) {
                throw new DemoException(request + " → HTTP " + status + " " + body);
            }
            return this;
        }
    }

    private record Token(String value, Instant expires) {
    }

    private final Ports ports;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final LimiteEcritures limite;

    DemoClient(Ports ports, LimiteEcritures limite) {
        this.ports = ports;
        this.limite = limite;
    }

    LimiteEcritures limite() {
        return limite;
    }

    Ports ports() {
        return ports;
    }

    String url(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    /** A demo user's access token, fetched again one minute before it expires. */
    String token(String username) {
        Token t = tokens.get(username);
        if (t == null || Instant.now().plusSeconds(60).isAfter(t.expires())) {
            t = fetchToken(username);
            tokens.put(username, t);
        }
        return t.value();
    }

    /** The {@code sub} claim of a user's token: how evaluation-service names evaluators. */
    String sub(String username) {
        String payload = token(username).split("\\.")[1];
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new DemoException("unreadable token of " + username, e);
        }
    }

    private Token fetchToken(String username) {
        String password = DemoAccounts.USERS.stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(username)).password();
        String form = Map.of("grant_type", "password", "client_id", DemoAccounts.FRONT_CLIENT,
                        "username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String url = "http://localhost:" + ports.keycloak() + "/realms/ptce/protocol/openid-connect/token";
        Answer a = send("POST " + url + " (" + username + ")", HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).expectOk();
        return new Token(a.json().get("access_token").asText(),
                Instant.now().plusSeconds(a.json().get("expires_in").asLong()));
    }

    Answer get(Service s, String path, String user) {
        return call("GET", s, path, user, null);
    }

    Answer post(Service s, String path, String user, Object body) {
        return call("POST", s, path, user, body);
    }

    Answer put(Service s, String path, String user, Object body) {
        return call("PUT", s, path, user, body);
    }

    Answer delete(Service s, String path, String user) {
        return call("DELETE", s, path, user, null);
    }

    /**
     * A POST that acts on what the caller last read, as a front end sends it: {@code If-Match} with
     * the ETag of that read, so that a change made meanwhile by someone else is refused (412), not
     * overwritten.
     */
    Answer postIfMatch(Service s, String path, String user, Object body, String etag) {
        return call("POST", s, path, user, body, etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** A JSON call as {@code user}; {@code body} is anything Jackson writes, null for none. */
    Answer call(String method, Service s, String path, String user, Object body) {
        return call(method, s, path, user, body, Map.of());
    }

    private Answer call(String method, Service s, String path, String user, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(s) + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token(user));
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } catch (IOException e) {
                throw new DemoException("cannot write " + body, e);
            }
        }
        String label = method + " " + url(s) + path + " (" + user + ")";
        if (!"POST".equals(method)) {
            try {
                return sendWithinLimit(label, user, s, b);
            } catch (DemoException e) {
                // A kept-alive connection the server has just closed: safe to ask again, this call is idempotent.
                if (!(e.getCause() instanceof IOException)) {
                    throw e;
                }
            }
        }
        return sendWithinLimit(label, user, s, b);
    }

    /**
     * Sends the request, and again after the wait a 429 asks for: the write limit answers before
     * the request reaches any resource, so even a POST is safe to send again. Gives up (with the
     * 429 as the answer) only after many waits, which a sane limit never causes.
     */
    private Answer sendWithinLimit(String label, String user, Service s, HttpRequest.Builder request) {
        Answer a = send(label, request);
        for (int i = 0; i < 30 && a.status() == 429; i++) {
            limite.attendre(user, s.moduleName(), a.retryAfter(), a.json() == null ? a.body() : a.json().path("detail").asText());
            a = send(label, request);
        }
        return a;
    }

    /** Every element of a cursor-paginated list ({@code elements} and the next page's cursor). */
    List<JsonNode> all(Service s, String path, String user) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            String sep = path.contains("?") ? "&" : "?";
            String page = path + sep + "taille=100" + (cursor == null ? "" : "&curseur=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode json = get(s, page, user).expectOk().json();
            json.path("elements").forEach(out::add);
            JsonNode next = json.get("curseurSuivant");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null && !cursor.isBlank());
        return out;
    }

    /** Adds a typed attachment (a tiny valid PDF) to an application, as the porteur's browser would. */
    void upload(String user, String candidatureId, String type) {
        String boundary = "----ptce-demo-" + UUID.randomUUID();
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + type.toLowerCase(java.util.Locale.ROOT) + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + pdf + "\r\n--" + boundary + "--\r\n";
        String path = "/api/v1/candidatures/" + candidatureId + "/pieces";
        sendWithinLimit("POST " + url(Service.CANDIDATURE) + path + " (" + user + ", " + type + ")", user, Service.CANDIDATURE,
                HttpRequest.newBuilder(URI.create(url(Service.CANDIDATURE) + path)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token(user))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))).expectOk();
    }

    /** The mails received by the platform's SMTP server (the mailbox's JSON list, newest first). */
    JsonNode mails() {
        String url = "http://localhost:" + ports.mailbox() + "/api/messages";
        return send("GET " + url, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET()).expectOk().json();
    }

    /** Whether a service answers its readiness probe. */
    boolean ready(Service s) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(s) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer send(String label, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Answer(label, r.statusCode(), r.body(), json, r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new DemoException(label + " → no answer (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException(label + " interrupted", e);
        }
    }
}

package fr.gouv.ptce.systemtests.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.gouv.ptce.launcher.DemoAccounts;
import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a system test needs to drive the platform as its users do: real Keycloak tokens (password
 * grant for the demo users, client credentials for the partner), JSON calls to the services, the
 * services' adjustable clocks, and the mailbox of the SMTP server.
 */
public final class PtceClient {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Ports ports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant expires) {
    }

    /** An HTTP answer: status, body, and the body as JSON when it is JSON. */
    public record Response(int status, String body, Map<String, List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }

    /**
     * One message received by the platform's SMTP server: {@code id} is the mailbox's own, {@code messageId}
     * the Message-ID header notification-service wrote (what its proofs record).
     */
    public record Mail(String id, String messageId, Instant date, String from, List<String> to, String subject,
            String text) {
    }

    public PtceClient(Ports ports) {
        this.ports = ports;
    }

    public Ports ports() {
        return ports;
    }

    public String serviceUrl(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    public String mailboxUrl() {
        return "http://localhost:" + ports.mailbox();
    }

    // --- tokens --------------------------------------------------------------------------------

    /** An access token of a demo user (password grant on ptce-front), reused until close to expiry. */
    public String tokenFor(String username) {
        String password = DemoAccounts.USERS.stream().filter(u -> u.username().equals(username)).findFirst()
                .map(DemoAccounts.User::password).orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
        return cached("user:" + username, () -> tokenRequest(Map.of("grant_type", "password",
                "client_id", DemoAccounts.FRONT_CLIENT, "username", username, "password", password)));
    }

    /** An access token of a confidential client (client-credentials grant). */
    public String clientToken(String clientId, String secret) {
        return cached("client:" + clientId, () -> tokenRequest(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /** The partner ministry's token (role partenaire). */
    public String partnerToken() {
        return clientToken(DemoAccounts.PARTNER_CLIENT, DemoAccounts.PARTNER_SECRET);
    }

    /** The raw answer of Keycloak's token endpoint, for tests about Keycloak itself. */
    public Response tokenEndpoint(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/ptce/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The claims of a JWT (not verified: the services do that). */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CachedToken tokenRequest(Map<String, String> form) {
        Response r = tokenEndpoint(form);
        if (r.status() != 200) {
            throw new AssertionError("Keycloak refused a token: " + r);
        }
        JsonNode json = r.json();
        return new CachedToken(json.get("access_token").asText(),
                Instant.now().plusSeconds(json.get("expires_in").asLong()));
    }

    private String cached(String key, java.util.function.Supplier<CachedToken> fetch) {
        CachedToken token = tokens.get(key);
        if (token == null || Instant.now().plusSeconds(60).isAfter(token.expires())) {
            token = fetch.get();
            tokens.put(key, token);
        }
        return token.value();
    }

    // --- JSON calls ----------------------------------------------------------------------------

    public Response get(Service service, String path, String token) {
        return call("GET", service, path, token, null);
    }

    public Response post(Service service, String path, String token, Object body) {
        return call("POST", service, path, token, body);
    }

    public Response put(Service service, String path, String token, Object body) {
        return call("PUT", service, path, token, body);
    }

    public Response delete(Service service, String path, String token) {
        return call("DELETE", service, path, token, null);
    }

    /**
     * Every element of a paged list (pages of 100, following {@code curseurSuivant}): the shared
     * platform keeps what earlier classes and runs left, so a caller's item need not be on page one.
     */
    public List<JsonNode> all(Service service, String path, String token) {
        List<JsonNode> elements = new ArrayList<>();
        String curseur = null;
        do {
            String page = path + (path.contains("?") ? "&" : "?") + "taille=100"
                    + (curseur == null ? "" : "&curseur=" + URLEncoder.encode(curseur, StandardCharsets.UTF_8));
            Response r = get(service, page, token);
            if (r.status() != 200) {
                throw new AssertionError("GET " + page + " → " + r);
            }
            r.json().path("elements").forEach(elements::add);
            curseur = r.json().path("curseurSuivant").asText(null);
        } while (curseur != null && !curseur.isEmpty());
        return elements;
    }

    /**
     * Any call; {@code token} null sends none; {@code body} is a JSON string as is, else any object
     * Jackson writes (records, maps), null for none.
     */
    public Response call(String method, Service service, String path, String token, Object body) {
        return call(method, service, path, token, body, Map.of());
    }

    /** {@link #call} with more request headers (a {@code traceparent}, an {@code Idempotency-Key}…). */
    public Response call(String method, Service service, String path, String token, Object body,
                         Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serviceUrl(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        }
        return send(request);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- clocks --------------------------------------------------------------------------------

    /** Freezes every service's clock at {@code instant} (PTCE_CLOCK_ADJUSTABLE=true on this platform). */
    public void setClock(Instant instant) {
        for (Service s : Service.values()) {
            Response r = put(s, "/api/v1/horloge", tokenFor("admin1"), Map.of("instant", instant.toString(), "figee", true));
            if (r.status() / 100 != 2) {
                throw new AssertionError(s.moduleName() + " refused to set its clock: " + r);
            }
        }
    }

    /** Gives every service its real clock back. */
    public void resetClock() {
        for (Service s : Service.values()) {
            delete(s, "/api/v1/horloge", tokenFor("admin1"));
        }
    }

    // --- mailbox -------------------------------------------------------------------------------

    /** Every mail received for an address containing {@code to} (all mail when null), newest first. */
    public List<Mail> mails(String to) {
        String query = to == null ? "" : "?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        HttpRequest.Builder lecture = HttpRequest.newBuilder(URI.create(mailboxUrl() + "/api/messages" + query)).GET();
        Response r;
        try {
            r = send(lecture);
        } catch (UncheckedIOException fermee) {
            // The tests' own reading of the mailbox (an idempotent GET), not the platform under test:
            // a connection closed without an answer (seen once in CI) is read again, once.
            r = send(lecture);
        }
        if (r.status() != 200) {
            throw new AssertionError("mailbox: " + r);
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode m : r.json()) {
            List<String> recipients = new ArrayList<>();
            m.get("to").forEach(t -> recipients.add(t.asText()));
            mails.add(new Mail(m.get("id").asText(), m.path("messageId").asText(),
                    Instant.parse(m.get("date").asText()), m.get("from").asText(), recipients,
                    m.get("subject").asText(), m.get("text").asText()));
        }
        return mails;
    }

    /** Waits (mail goes through Kafka and the notification service) for a matching mail to {@code to}. */
    public Mail awaitMail(String to, Predicate<Mail> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Mail m : mails(to)) {
                if (matching.test(m)) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching mail to " + to + " within " + timeout.toSeconds() + " s; received: "
                        + mails(to).stream().map(Mail::subject).toList());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

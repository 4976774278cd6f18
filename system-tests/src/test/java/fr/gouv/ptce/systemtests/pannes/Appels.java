package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.systemtests.support.Multipart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The API calls of the fault tests, made the way a front end makes them: a call that gets no
 * answer (service down, connection reset), a 5xx or a 429 is sent again after a pause, with the
 * same Idempotency-Key where the operation takes one, until it gets a real answer. Every attempt
 * is counted, and every 5xx body is kept so that the tests can check none carries a stack trace.
 */
final class Appels {

    /** An answer the caller acts on. */
    record Reponse(int status, String corps, String type) {
        JsonNode json() {
            try {
                return PtceClient.JSON.readTree(corps);
            } catch (JsonProcessingException e) {
                throw new AssertionError("pas du JSON (HTTP " + status + ") : " + corps, e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + (corps.length() > 400 ? corps.substring(0, 400) + "…" : corps);
        }
    }

    /** A 5xx seen by the client: status, content type, body. */
    record Erreur(Service service, String chemin, int status, String type, String corps) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(240);

    private final PtceClient client;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final AtomicInteger envois = new AtomicInteger();
    final AtomicInteger reessais = new AtomicInteger();
    final AtomicInteger sansReponse = new AtomicInteger();
    final Map<Integer, AtomicInteger> parStatut = new ConcurrentHashMap<>();
    final List<Erreur> erreurs = new CopyOnWriteArrayList<>();

    /** Where a call to a service goes: the platform's port, or one of several replicas (DeuxRepliquesTest). */
    private final java.util.function.Function<Service, String> adresse;

    Appels(PtceClient client) {
        this(client, client::serviceUrl);
    }

    /** {@code adresse} is asked again at each attempt, so that a retry may go to another replica. */
    Appels(PtceClient client, java.util.function.Function<Service, String> adresse) {
        this.client = client;
        this.adresse = adresse;
    }

    PtceClient client() {
        return client;
    }

    String jeton(String utilisateur) {
        return client.tokenFor(utilisateur);
    }

    Reponse get(Service s, String chemin, String utilisateur) {
        return tenace("GET", s, chemin, utilisateur, null, null, Set.of());
    }

    /** Sent until it gets an answer that is neither "no answer", 5xx nor 429. */
    Reponse tenace(String methode, Service s, String chemin, String utilisateur, Object corps, String cleIdempotence,
                   Set<Integer> acceptes) {
        long limite = System.nanoTime() + PATIENCE.toNanos();
        boolean premier = true;
        while (true) {
            if (!premier) {
                reessais.incrementAndGet();
            }
            premier = false;
            Reponse r = unEnvoi(methode, s, chemin, utilisateur, corps, cleIdempotence);
            if (r != null && r.status() / 100 != 5 && r.status() != 429) {
                return r;
            }
            if (System.nanoTime() > limite) {
                throw new AssertionError(methode + " " + s.moduleName() + chemin + " sans réponse utile depuis "
                        + PATIENCE.toSeconds() + " s ; dernière : " + r);
            }
            pause(r != null && r.status() == 429 ? 1000 : 400);
        }
    }

    /** One attempt; null when no answer came (refused, reset, timed out). */
    Reponse unEnvoi(String methode, Service s, String chemin, String utilisateur, Object corps, String cleIdempotence) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(adresse.apply(s) + chemin))
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json");
        if (utilisateur != null) {
            b.header("Authorization", "Bearer " + (utilisateur.equals("partenaire") ? client.partnerToken()
                    : jeton(utilisateur)));
        }
        if (cleIdempotence != null) {
            b.header("Idempotency-Key", cleIdempotence);
        }
        if (corps instanceof Multipart m) {
            b.header("Content-Type", "multipart/form-data; boundary=" + m.frontiere())
                    .method(methode, HttpRequest.BodyPublishers.ofByteArray(m.octets()));
        } else if (corps != null) {
            try {
                b.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(
                        corps instanceof String t ? t : PtceClient.JSON.writeValueAsString(corps)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        } else {
            b.method(methode, HttpRequest.BodyPublishers.noBody());
        }
        envois.incrementAndGet();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            parStatut.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (r.statusCode() / 100 == 5) {
                erreurs.add(new Erreur(s, chemin, r.statusCode(), type, r.body()));
            }
            return new Reponse(r.statusCode(), r.body(), type);
        } catch (IOException e) {
            sansReponse.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A 5xx answer must be problem+json and must not show the inside of the service. */
    List<Erreur> erreursAvecTrace() {
        return erreurs.stream().filter(e -> e.corps().contains("\tat ") || e.corps().contains("Exception")
                || e.corps().contains("at fr.gouv.") || e.corps().contains("at io.quarkus")).toList();
    }

    List<Erreur> erreursHorsProblemJson() {
        return erreurs.stream().filter(e -> !e.type().startsWith("application/problem+json")).toList();
    }

    String resume() {
        return envois.get() + " requêtes envoyées, " + reessais.get() + " réessais, " + sansReponse.get()
                + " sans réponse, statuts " + new java.util.TreeMap<>(parStatut);
    }

    static String nouvelleCle() {
        return UUID.randomUUID().toString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

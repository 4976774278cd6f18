package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.domain.LimiteurDebit;
import fr.gouv.ptce.candidature.domain.Relance;
import fr.gouv.ptce.commons.time.TransportClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls to the DS GraphQL API and downloads of the files it points to. Every call goes through the
 * token's rate limiter and is retried on 429 (after Retry-After), 5xx and timeouts, a bounded number
 * of times. Nothing here logs or puts in an exception the token or the request body.
 */
@ApplicationScoped
public class ClientDs {

    private static final Logger LOG = Logger.getLogger(ClientDs.class);

    /** The peer's Retry-After dates and its per-minute quota run on real time, not on the business clock. */
    @Inject
    @TransportClock
    Clock clock;

    @Inject
    DemarchesSettings settings;

    @Inject
    ObjectMapper mapper;

    private HttpClient http;
    private Relance relance;
    /** One limiter per token, keyed by the token's hash so that the token itself is not kept around. */
    private final Map<String, LimiteurDebit> limiteurs = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(settings.delaiRequete())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        relance = new Relance(settings.tentativesMax(), settings.attenteInitiale(), settings.attenteMax());
    }

    /** Runs a query or mutation and returns its {@code data}; GraphQL errors without data are an {@link ErreurDs}. */
    public JsonNode executer(String url, String jeton, String document, Map<String, Object> variables) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("query", document);
        corps.put("variables", variables);
        byte[] octets;
        try {
            octets = mapper.writeValueAsBytes(corps);
        } catch (IOException e) {
            throw new ErreurDs("requête DS impossible à écrire");
        }
        HttpRequest requete = HttpRequest.newBuilder(URI.create(url)).timeout(settings.delaiRequete())
                .header("Authorization", "Bearer " + jeton)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(octets)).build();
        HttpResponse<byte[]> reponse = envoyer(requete, limiteur(jeton), "API DS");
        JsonNode json;
        try {
            json = mapper.readTree(reponse.body());
        } catch (IOException e) {
            throw new ErreurDs("réponse de l'API DS illisible (HTTP " + reponse.statusCode() + ")");
        }
        JsonNode erreurs = json.path("errors");
        JsonNode data = json.path("data");
        if (erreurs.isArray() && !erreurs.isEmpty() && (data.isMissingNode() || data.isNull()
                || !data.elements().hasNext() || allNull(data))) {
            StringBuilder sb = new StringBuilder();
            erreurs.forEach(e -> sb.append(sb.length() == 0 ? "" : " ; ").append(e.path("message").asText()));
            throw new ErreurDs("l'API DS a répondu une erreur GraphQL : " + sb);
        }
        return data;
    }

    /** Downloads a file DS points to (a pre-signed URL: our token is not sent to the storage). */
    public byte[] telecharger(String url, long tailleMax) {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(url)).timeout(settings.delaiRequete()).GET().build();
        HttpResponse<byte[]> reponse = envoyer(requete, null, "fichier DS");
        if (reponse.body().length > tailleMax) {
            throw new ErreurDs("fichier DS trop volumineux (" + reponse.body().length + " octets, maximum " + tailleMax + ")");
        }
        return reponse.body();
    }

    private HttpResponse<byte[]> envoyer(HttpRequest requete, LimiteurDebit limiteur, String quoi) {
        for (int tentative = 1; ; tentative++) {
            if (limiteur != null) {
                attendreSonTour(limiteur);
            }
            String echec;
            Optional<Duration> demandee = Optional.empty();
            try {
                HttpResponse<byte[]> r = http.send(requete, HttpResponse.BodyHandlers.ofByteArray());
                int s = r.statusCode();
                if (s >= 200 && s < 300) {
                    return r;
                }
                if (s != 429 && s < 500) {
                    throw new ErreurDs(quoi + " : requête refusée (HTTP " + s + ")");
                }
                echec = "HTTP " + s;
                if (s == 429 || s == 503) {
                    demandee = Relance.lireRetryAfter(r.headers().firstValue("Retry-After").orElse(null), clock.instant());
                }
            } catch (IOException e) { // timeouts (HttpTimeoutException) and broken connections
                echec = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ErreurDs(quoi + " : appel interrompu");
            }
            if (!relance.encore(tentative)) {
                throw new ErreurDs(quoi + " : échec après " + tentative + " tentative(s) (" + echec + ")");
            }
            Duration attente = relance.attente(tentative, demandee);
            LOG.infof("%s : %s, nouvelle tentative dans %d ms (tentative %d/%d)", quoi, echec, attente.toMillis(),
                    tentative + 1, settings.tentativesMax());
            dormir(attente);
        }
    }

    private void attendreSonTour(LimiteurDebit limiteur) {
        while (true) {
            Duration attente;
            synchronized (limiteur) {
                attente = limiteur.reserver(clock.instant());
            }
            if (attente.isZero()) {
                return;
            }
            // wait at most one window, then look again
            dormir(attente.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : attente);
        }
    }

    private LimiteurDebit limiteur(String jeton) {
        return limiteurs.computeIfAbsent(empreinte(jeton),
                k -> new LimiteurDebit(settings.requetesParMinute(), Duration.ofMinutes(1)));
    }

    private static boolean allNull(JsonNode data) {
        for (JsonNode n : data) {
            if (!n.isNull()) {
                return false;
            }
        }
        return true;
    }

    static String empreinte(String jeton) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jeton.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dormir(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErreurDs("attente interrompue");
        }
    }
}

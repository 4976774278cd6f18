package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.limites.Debit;
import fr.gouv.ptce.commons.limites.LimiteurDebit;
import fr.gouv.ptce.commons.time.TransportClock;
import fr.gouv.ptce.commons.valeurs.Reessai;
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

/**
 * Calls to the DS GraphQL API and downloads of the files it points to. Every API call is counted in
 * the token's budget, a bucket of the kit's {@link LimiteurDebit} shared by all replicas. A query is retried on 429 (after
 * Retry-After), 5xx and timeouts, a bounded number of times; a mutation only on 429 (DS did not run
 * it): after a timeout or a 5xx it may have been applied, so the failure is reported as uncertain and
 * the sender checks DS before sending it again. Nothing here logs or puts in an exception the token
 * or the request body.
 */
@ApplicationScoped
public class ClientDs {

    /**
     * DS allows so many requests a minute per token. Counted over a minute plus a second, so that a
     * request counted just before it leaves and one counted a minute later cannot reach DS less than
     * a minute apart.
     */
    static final Duration FENETRE_DS = Duration.ofSeconds(61);

    private static final Logger LOG = Logger.getLogger(ClientDs.class);

    /** The peer's Retry-After dates and its per-minute quota run on real time, not on the business clock. */
    @Inject
    @TransportClock
    Clock clock;

    @Inject
    DemarchesSettings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    LimiteurDebit limiteur;

    private HttpClient http;
    private Reessai relance;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(settings.delaiRequete())
                .proxy(ProxyDs.selecteur(settings.proxy(), settings.sansProxy()))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        relance = new Reessai(settings.tentativesMax(), settings.attenteInitiale(), settings.attenteMax());
    }

    /** Runs a query and returns its {@code data}; GraphQL errors without data are an {@link ErreurDs}. */
    public JsonNode executer(String url, String jeton, String document, Map<String, Object> variables) {
        return appeler(url, jeton, document, variables, true);
    }

    /** Runs a mutation: retried only when DS certainly did not run it (429); see the class comment. */
    public JsonNode muter(String url, String jeton, String document, Map<String, Object> variables) {
        return appeler(url, jeton, document, variables, false);
    }

    private JsonNode appeler(String url, String jeton, String document, Map<String, Object> variables, boolean rejouable) {
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
        HttpResponse<byte[]> reponse = envoyer(requete, empreinte(jeton), "API DS", rejouable);
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
        HttpResponse<byte[]> reponse = envoyer(requete, null, "fichier DS", true);
        if (reponse.body().length > tailleMax) {
            throw new ErreurDs("fichier DS trop volumineux (" + reponse.body().length + " octets, maximum " + tailleMax + ")");
        }
        return reponse.body();
    }

    /** {@code jeton}: the token's print, whose budget the call uses (null: a file, outside the API's budget). */
    private HttpResponse<byte[]> envoyer(HttpRequest requete, String jeton, String quoi, boolean rejouable) {
        for (int tentative = 1; ; tentative++) {
            if (jeton != null) {
                attendreSonTour(jeton);
            }
            String echec;
            boolean peutAvoirAbouti = false;
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
                peutAvoirAbouti = s != 429;
                if (s == 429 || s == 503) {
                    demandee = Reessai.lireRetryAfter(r.headers().firstValue("Retry-After").orElse(null), clock.instant());
                }
            } catch (IOException e) { // timeouts (HttpTimeoutException) and broken connections
                echec = e.getClass().getSimpleName();
                peutAvoirAbouti = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ErreurDs(quoi + " : appel interrompu");
            }
            if (peutAvoirAbouti && !rejouable) {
                throw new ErreurDs(quoi + " : issue inconnue (" + echec + "), à vérifier sur DS avant tout nouvel envoi", true);
            }
            if (!relance.encore(tentative)) {
                throw new ErreurDs(quoi + " : échec après " + tentative + " tentative(s) (" + echec + ")", peutAvoirAbouti);
            }
            Duration attente = relance.delai(tentative, demandee);
            LOG.infof("%s : %s, nouvelle tentative dans %d ms (tentative %d/%d)", quoi, echec, attente.toMillis(),
                    tentative + 1, settings.tentativesMax());
            dormir(attente);
        }
    }

    /** Waits until the shared budget lets one more request of this token leave (transport time: the database's clock). */
    private void attendreSonTour(String empreinte) {
        while (true) {
            Duration attente = limiteur.prendre("ds:" + empreinte, Debit.auPlus(settings.requetesParMinute(), FENETRE_DS));
            if (attente.isZero()) {
                return;
            }
            // wait at most one window, then look again
            dormir(attente.compareTo(FENETRE_DS) > 0 ? FENETRE_DS : attente);
        }
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

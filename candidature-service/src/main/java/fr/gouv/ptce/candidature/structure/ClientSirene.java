package fr.gouv.ptce.candidature.structure;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.valeurs.Reessai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * GET {url}/siret/{siret} of INSEE's API Sirene 3.11, the key in the X-INSEE-Api-Key-Integration header.
 * 200: the establishment; 404: no such SIRET. A 429 (the key's 30 requests a minute are spent) is
 * retried after Retry-After, or the kit's back-off, a bounded number of times: a lookup is a read, so
 * repeating it is harmless. Anything else is {@link SireneIndisponible}; the key never appears in it.
 */
public class ClientSirene {

    static final String ENTETE_CLE = "X-INSEE-Api-Key-Integration";

    private final URI base;
    private final String cle;
    private final Duration delai;
    private final Reessai reessai;
    private final Clock horloge;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public ClientSirene(URI base, String cle, Duration delai, Reessai reessai, Clock horloge, ObjectMapper mapper) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.cle = cle;
        this.delai = delai;
        this.reessai = reessai;
        this.horloge = horloge;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(delai).build();
    }

    /** The establishment, or empty when Sirene does not know this SIRET. */
    public Optional<EtablissementSirene> etablissement(String siret) {
        HttpRequest requete = HttpRequest.newBuilder(base.resolve("siret/" + siret)).timeout(delai)
                .header(ENTETE_CLE, cle).header("Accept", "application/json").GET().build();
        for (int echecs = 1; ; echecs++) {
            HttpResponse<String> r = envoyer(requete, siret);
            switch (r.statusCode()) {
                case 200 -> {
                    return Optional.of(lire(r, siret));
                }
                case 404 -> {
                    return Optional.empty();
                }
                case 429 -> {
                    if (!reessai.encore(echecs)) {
                        throw new SireneIndisponible("API Sirene : limite de débit toujours atteinte après "
                                + echecs + " tentative(s) pour " + siret);
                    }
                    attendre(reessai.delai(echecs, Reessai.lireRetryAfter(
                            r.headers().firstValue("Retry-After").orElse(null), horloge.instant())));
                }
                case 401, 403 -> throw new SireneIndisponible("API Sirene : clé refusée (HTTP " + r.statusCode()
                        + ") ; vérifier ptce.candidature.sirene.cle");
                default -> throw new SireneIndisponible("API Sirene : HTTP " + r.statusCode() + " pour " + siret);
            }
        }
    }

    private HttpResponse<String> envoyer(HttpRequest requete, String siret) {
        try {
            return http.send(requete, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new SireneIndisponible("API Sirene : pas de réponse en " + delai.toMillis() + " ms pour " + siret);
        } catch (IOException e) {
            throw new SireneIndisponible("API Sirene injoignable : " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SireneIndisponible("API Sirene : attente interrompue");
        }
    }

    private EtablissementSirene lire(HttpResponse<String> r, String siret) {
        try {
            EtablissementSirene e = EtablissementSirene.depuis(mapper.readTree(r.body()));
            if (!siret.equals(e.siret())) {
                throw new SireneIndisponible("API Sirene : réponse sans l'établissement " + siret);
            }
            return e;
        } catch (IOException e) {
            throw new SireneIndisponible("API Sirene : réponse illisible pour " + siret);
        }
    }

    private void attendre(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SireneIndisponible("API Sirene : attente interrompue");
        }
    }
}

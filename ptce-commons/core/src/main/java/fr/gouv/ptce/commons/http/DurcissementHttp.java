package fr.gouv.ptce.commons.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;

/**
 * HTTP hardening for every answer of the service, installed on the Vert.x router ahead of Quarkus's
 * own body-size check and of REST: security headers (also on errors and on /q), CORS limited to the
 * configured front-end origins, and a problem+json 413 for a declared body over the limit (Quarkus
 * would answer an empty 413).
 */
@ApplicationScoped
public class DurcissementHttp {

    /** Before Quarkus's upload limit (-2) and its REST handlers. */
    static final int ORDRE = -1000;

    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'";
    // Swagger UI is a page with inline scripts and styles; it still may not be framed.
    static final String CSP_PAGES = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    static final String METHODES = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String EN_TETES_ADMIS = "Authorization, Content-Type, Accept, Accept-Language, Idempotency-Key, traceparent";
    static final String EN_TETES_EXPOSES = "Location, Retry-After, traceparent, Content-Disposition";

    @Inject
    CorsSettings cors;

    @Inject
    HttpSettings enTetes;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> tailleMax;

    private Set<String> origines;

    void installer(@Observes Router router) {
        origines = Set.copyOf(cors.origins().stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        router.route().order(ORDRE).handler(this::traiter);
    }

    void traiter(RoutingContext rc) {
        String chemin = rc.normalizedPath();
        HttpServerResponse reponse = rc.response();
        rc.addHeadersEndHandler(v -> enTetesDeSecurite(chemin, reponse));

        String origine = rc.request().getHeader("Origin");
        boolean traverse = origine != null && !memeOrigine(origine, rc);
        if (traverse && !origines.contains(origine)) {
            refuser(rc, Problem.of(403, "origine-non-autorisee", "Origine non autorisée",
                    "Cette API n'accepte pas les appels depuis l'origine " + origine + "."));
            return;
        }
        if (traverse) {
            reponse.putHeader("Access-Control-Allow-Origin", origine);
            reponse.putHeader("Vary", "Origin");
            if (rc.request().method() == HttpMethod.OPTIONS
                    && rc.request().getHeader("Access-Control-Request-Method") != null) {
                // Preflight of an allowed origin: answered here, it never reaches a resource.
                reponse.putHeader("Access-Control-Allow-Methods", METHODES);
                reponse.putHeader("Access-Control-Allow-Headers", EN_TETES_ADMIS);
                reponse.putHeader("Access-Control-Max-Age", "600");
                reponse.setStatusCode(204).end();
                return;
            }
            reponse.putHeader("Access-Control-Expose-Headers", EN_TETES_EXPOSES);
        }

        long declare = longueurDeclaree(rc);
        if (tailleMax.isPresent() && declare > tailleMax.get().asLongValue()) {
            reponse.putHeader("Connection", "close"); // the rest of the body is not read
            refuser(rc, Problem.of(413, "requete-trop-volumineuse", "Requête trop volumineuse",
                    "Le corps de la requête dépasse la taille maximale acceptée ("
                            + tailleMax.get().asLongValue() + " octets)."));
            return;
        }
        rc.next();
    }

    private void enTetesDeSecurite(String chemin, HttpServerResponse reponse) {
        var h = reponse.headers();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        boolean page = chemin != null && (chemin.startsWith("/q/swagger-ui") || chemin.startsWith("/q/dev"));
        h.set("Content-Security-Policy", page ? CSP_PAGES : CSP_API);
        if (!"off".equalsIgnoreCase(enTetes.strictTransportSecurity().strip())) {
            h.set("Strict-Transport-Security", enTetes.strictTransportSecurity().strip());
        }
        if (chemin != null && chemin.startsWith("/api/") && !h.contains("Cache-Control")) {
            h.set("Cache-Control", "no-store"); // answers about people and money are never cached
        }
        h.remove("Server");
        h.remove("X-Powered-By");
    }

    private void refuser(RoutingContext rc, Problem probleme) {
        String corps;
        try {
            corps = mapper.writeValueAsString(probleme.withInstance(rc.normalizedPath()));
        } catch (JsonProcessingException e) {
            corps = "{\"status\":" + probleme.status() + "}";
        }
        rc.response().setStatusCode(probleme.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(corps);
    }

    private static long longueurDeclaree(RoutingContext rc) {
        String valeur = rc.request().getHeader("Content-Length");
        if (valeur == null) {
            return -1;
        }
        try {
            return Long.parseLong(valeur.strip());
        } catch (NumberFormatException e) {
            return -1; // Netty refuses a malformed Content-Length itself
        }
    }

    /** A page served by this host calling it back (e.g. Swagger UI under /q) is not cross-origin. */
    private static boolean memeOrigine(String origine, RoutingContext rc) {
        String hote = rc.request().getHeader("Host");
        if (hote == null) {
            return false;
        }
        int schema = origine.indexOf("://");
        return schema > 0 && origine.substring(schema + 3).equalsIgnoreCase(hote);
    }
}

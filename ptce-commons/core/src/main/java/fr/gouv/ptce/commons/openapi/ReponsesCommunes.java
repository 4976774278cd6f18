package fr.gouv.ptce.commons.openapi;

import fr.gouv.ptce.commons.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The answers the shared HTTP layer of ptce-commons gives on any operation, documented where they
 * can happen: 401 (security.*, any secured operation), 403 (an operation that names its roles),
 * 400 (ProblemExceptionMappers: unreadable body or parameter), 404 (an id in the path that is
 * unknown or not the caller's), 429 on writes (http.LimiteEcrituresFilter, with Retry-After and the
 * RateLimit fields), 500 (any unexpected error, with a correlationId). Every error response carries
 * the RFC 9457 problem schema; a 409 names the one type of a refused transition; every
 * {@code curseur} query parameter gets the one description of the opaque cursor; a response a resource documented itself keeps its description.
 */
final class ReponsesCommunes {

    static final String SCHEMA_PROBLEME = "Problem";
    private static final Set<PathItem.HttpMethod> ECRITURES = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    static final String TRANSITION = " — une action que le cycle de vie refuse au statut actuel a toujours le type "
            + "https://ptce.gouv.fr/problemes/" + TransitionInterditeException.CODE + " (code « "
            + TransitionInterditeException.CODE + " », violation « statut » nommant le statut actuel)";
    static final String CURSEUR = "Curseur opaque de la page suivante (curseurSuivant de la page précédente, "
            + "à renvoyer tel quel) ; absent pour la première page ; un curseur altéré est un 400 nommant « curseur »";

    private ReponsesCommunes() {
    }

    static void appliquer(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(SCHEMA_PROBLEME)) {
            throw new IllegalStateException("schéma « " + SCHEMA_PROBLEME + " » absent du document");
        }
        openAPI.getComponents()
                .addHeader("Retry-After", entete("Secondes à attendre avant de réessayer",
                        entier(1, 3600)))
                .addHeader("RateLimit", entete("Quota restant (draft-ietf-httpapi-ratelimit-headers) : "
                        + "\"ecritures\";r=0;t=<secondes avant le prochain jeton>",
                        texte(100).pattern("^\"ecritures\";r=0;t=[0-9]+$")))
                .addHeader("RateLimit-Policy", entete("Politique de limitation : \"ecritures\";q=<écritures par "
                        + "minute>;w=60 (réglable, PTCE_RATE_LIMIT_ECRITURES_PAR_MINUTE)",
                        texte(100).pattern("^\"ecritures\";q=[0-9]+;w=60$")))
                .addHeader("Access-Control-Allow-Origin", entete("Présent quand la requête vient d'une origine "
                        + "autorisée (ptce.cors.origins)", texte(2048).format("uri")));
        openAPI.getPaths().getPathItems().forEach((chemin, item) ->
                item.getOperations().forEach((methode, operation) -> completer(item, methode, operation)));
    }

    private static void completer(PathItem item, PathItem.HttpMethod methode, Operation operation) {
        APIResponses reponses = operation.getResponses();
        List<String> roles = roles(operation);
        boolean securisee = roles != null;
        boolean entrees = operation.getRequestBody() != null || !parametres(item, operation).isEmpty();
        boolean identifiant = parametres(item, operation).stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);

        if (entrees && !reponses.hasAPIResponse("400") && !reponses.hasAPIResponse("422")) {
            ajouter(reponses, "400", "Requête invalide : le problème nomme chaque champ ou paramètre en faute (violations)");
        }
        if (securisee) {
            ajouter(reponses, "401", "Jeton absent, invalide ou expiré (toujours vérifié en premier)");
            if (!roles.isEmpty()) {
                ajouter(reponses, "403", "Rôle insuffisant : " + String.join(", ", roles) + " requis");
            }
        }
        if (identifiant) {
            ajouter(reponses, "404", "Ressource inconnue, ou hors de la portée de l'appelant");
        }
        if (ECRITURES.contains(methode)) {
            ajouter(reponses, "429", "Trop d'écritures pour ce client : réessayer après Retry-After secondes");
            APIResponse trop = reponses.getAPIResponse("429");
            trop.addHeader("Retry-After", reference("Retry-After"));
            trop.addHeader("RateLimit", reference("RateLimit"));
            trop.addHeader("RateLimit-Policy", reference("RateLimit-Policy"));
        }
        if (reponses.hasAPIResponse("409")) {
            APIResponse conflit = reponses.getAPIResponse("409");
            String d = conflit.getDescription() == null ? "Conflit avec l'état actuel" : conflit.getDescription();
            if (!d.contains(TransitionInterditeException.CODE)) {
                conflit.setDescription(d + TRANSITION);
            }
        }
        parametres(item, operation).stream().filter(p -> "curseur".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)
                .forEach(p -> p.setDescription(CURSEUR));
        ajouter(reponses, "500", "Erreur inattendue ; correlationId permet de retrouver la trace du serveur");
        reponses.getAPIResponses().forEach((code, reponse) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                probleme(reponse);
            }
            if (reponse.getHeaders() != null && !reponse.getHeaders().isEmpty()) {
                reponse.addHeader("Access-Control-Allow-Origin", reference("Access-Control-Allow-Origin"));
            }
        });
    }

    /** The roles of a secured operation (empty: any authenticated caller), or null when it is public. */
    private static List<String> roles(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return null;
        }
        return operation.getSecurity().stream()
                .flatMap(exigence -> exigence.getSchemes().values().stream())
                .flatMap(liste -> liste == null ? java.util.stream.Stream.empty() : liste.stream())
                .distinct().sorted().toList();
    }

    private static List<Parameter> parametres(PathItem item, Operation operation) {
        List<Parameter> tous = new java.util.ArrayList<>();
        if (item.getParameters() != null) {
            tous.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            tous.addAll(operation.getParameters());
        }
        return tous;
    }

    private static void ajouter(APIResponses reponses, String code, String description) {
        if (!reponses.hasAPIResponse(code)) {
            reponses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** An error answer is a problem document, whatever media type the resource guessed for it. */
    private static void probleme(APIResponse reponse) {
        Content contenu = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA_PROBLEME)));
        reponse.setContent(contenu);
    }

    private static Header reference(String nom) {
        return OASFactory.createHeader().ref(nom);
    }

    private static Header entete(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema entier(long min, long max) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }

    private static Schema texte(int longueurMax) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(longueurMax);
    }
}

package fr.gouv.ptce.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.gouv.ptce.commons.valeurs.RefusMetier;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import fr.gouv.ptce.commons.http.ParametresRequete;
import fr.gouv.ptce.commons.security.ExigencesAcces;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error leaves a service as RFC 9457 problem details in French; nothing else, and never a
 * stack trace. Unexpected errors are logged with a correlation id that the caller also receives.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ExigencesAcces access;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.problem().withInstance(uri.getPath()));
    }

    /** The one answer to a refused transition, whichever service: 409 {@code transition-interdite}. */
    @ServerExceptionMapper
    public Response transition(TransitionInterditeException e, UriInfo uri) {
        return ProblemResponses.of(ProblemException.transition(e).problem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response refus(RefusMetier e, UriInfo uri) {
        return ProblemResponses.of(ProblemException.conflict(e.code(), e.getMessage()).problem().withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::champ))
                .collect(Collectors.toList());
        return ProblemResponses.of(Problem.of(400, "requete-invalide", "Requête invalide",
                        "Un ou plusieurs champs sont invalides.")
                .withViolations(violations).withInstance(uri.getPath()));
    }

    // Quarkus ships its own mappers for these precise Jackson types; ours must be as precise to win.
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String champ = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = "valeur illisible ou de type inattendu";
        return ProblemResponses.of(Problem.of(400, "requete-invalide", "Requête invalide",
                        "Le corps de la requête ne correspond pas au format attendu.")
                .withViolations(List.of(new Violation(champ.isEmpty() ? "corps" : champ, message)))
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response outOfRange(com.fasterxml.jackson.core.exc.InputCoercionException e, UriInfo uri) {
        return numberOutOfRange(e, uri);
    }

    private static Response numberOutOfRange(com.fasterxml.jackson.core.exc.StreamReadException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(400, "requete-invalide", "Requête invalide",
                        "Le corps de la requête ne correspond pas au format attendu.")
                .withViolations(List.of(new Violation(CheminJson.de(e.getProcessor()), "nombre hors des limites admises")))
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(400, "json-invalide", "Requête invalide",
                        "Le corps de la requête n'est pas un JSON valide.")
                .withViolations(List.of(new Violation("corps", "JSON mal formé")))
                .withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return forbiddenRole(uri);
    }

    private static Response forbiddenRole(UriInfo uri) {
        return ProblemResponses.of(Problem.of(403, "acces-refuse", "Accès refusé",
                "Votre rôle ne permet pas cette opération.").withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response parametreIllisible(ParametresRequete.ParametreIllisible e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(400, "requete-invalide", "Requête invalide",
                        "Un paramètre de la requête a une valeur illisible.")
                .withViolations(List.of(new Violation(e.parametre(), e.getMessage()))).withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        // JAX-RS answers 404 when a query parameter cannot be converted (taille=abc, an unknown
        // enum, a malformed UUID): the address exists, the value is wrong, so say which one.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ParametresRequete.ParametreIllisible illisible) {
                return parametreIllisible(illisible, uri);
            }
        }
        String parametre = ParametresIllisibles.fautif(e, uri.getQueryParameters());
        if (parametre != null) {
            return ProblemResponses.of(Problem.of(400, "requete-invalide", "Requête invalide",
                            "Un paramètre de la requête a une valeur illisible.")
                    .withViolations(List.of(new Violation(parametre, "valeur illisible ou hors des valeurs admises")))
                    .withInstance(uri.getPath()));
        }
        return ProblemResponses.of(Problem.of(404, "ressource-introuvable", "Ressource introuvable",
                "Aucune ressource à cette adresse.").withInstance(uri.getPath()));
    }

    // 405, 406 and 415 are decided while Quarkus chooses the method, before it checks the caller:
    // the caller is checked here first, so that they are told nothing but 401 (or 403) when they may
    // not call what is at this address.

    @ServerExceptionMapper
    public Uni<Response> notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        return callerFirst(request, uri, () -> Problem.of(405, "methode-non-autorisee", "Méthode non autorisée",
                "Cette méthode HTTP n'est pas acceptée à cette adresse."));
    }

    @ServerExceptionMapper
    public Uni<Response> unsupported(NotSupportedException e, UriInfo uri, Request request) {
        return callerFirst(request, uri, () -> Problem.of(415, "type-non-supporte", "Type de contenu non supporté",
                "Le type de contenu envoyé n'est pas accepté ici."));
    }

    @ServerExceptionMapper
    public Uni<Response> notAcceptable(NotAcceptableException e, UriInfo uri, Request request) {
        return callerFirst(request, uri, () -> Problem.of(406, "type-non-acceptable", "Format de réponse indisponible",
                "Aucun des formats de réponse demandés (en-tête Accept) n'est produit ici."));
    }

    private Uni<Response> callerFirst(Request request, UriInfo uri, java.util.function.Supplier<Problem> otherwise) {
        return identities.getDeferredIdentity()
                .map(identity -> access.verdict(request.getMethod(), uri.getPath(), true, identity.isAnonymous(),
                        identity.getRoles()))
                .onFailure().recoverWithItem(failed -> access.verdict(request.getMethod(), uri.getPath(), false, false, Set.of()))
                .map(verdict -> switch (verdict) {
                    case AUTHENTIFICATION_REQUISE -> unauthorized(uri);
                    case ACCES_REFUSE -> forbiddenRole(uri);
                    case REPONSE_NORMALE -> ProblemResponses.of(otherwise.get().withInstance(uri.getPath()));
                });
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // The JSON reader wraps a number too large for its field (int overflow) into a bare 400.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.InputCoercionException coercion) {
                return numberOutOfRange(coercion, uri);
            }
        }
        return ProblemResponses.of(Problem.of(status, "requete-refusee", "Requête refusée",
                "La requête ne peut pas être traitée (statut " + status + ").").withInstance(uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Not a bug of ours and not the caller's fault: say "try again", as readiness does.
            LOG.warnf("Base de données injoignable sur %s : %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(ProblemResponses.of(Problem.of(503, "service-indisponible",
                            "Service momentanément indisponible",
                            "La base de données du service ne répond pas ; réessayez dans quelques secondes.")
                    .withInstance(uri.getPath()))).header("Retry-After", "5").build();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Erreur inattendue [correlationId=%s] sur %s", correlationId, uri.getPath());
        return ProblemResponses.of(Problem.of(500, "erreur-interne", "Erreur interne",
                        "Une erreur inattendue est survenue. Communiquez l'identifiant de corrélation au support.")
                .withCorrelationId(correlationId).withInstance(uri.getPath()));
    }

    private static Response unauthorized(UriInfo uri) {
        return ProblemResponses.of(Problem.of(401, "authentification-requise", "Authentification requise",
                "Un jeton d'accès valide est requis.").withInstance(uri.getPath()));
    }

    /**
     * "create.demande.structure.siret" → "structure.siret": clients know JSON paths, not Java
     * methods. A parameter that is the whole body disappears; a query or path parameter keeps its name.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1) {
                continue;
            }
            if (node.getIndex() != null && sb.length() > 0) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.length() == 0 ? "corps" : sb.toString();
    }
}

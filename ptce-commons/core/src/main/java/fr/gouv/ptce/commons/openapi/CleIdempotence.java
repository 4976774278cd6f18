package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every secured POST the {@code Idempotency-Key} the HTTP layer honours
 * (idempotence.CleIdempotenceFilter, or the resource itself where it takes the header): the header,
 * the replayed answer's {@code Idempotent-Replayed}, the 409 of a retry that arrives while the first
 * request still runs and the 422 of a key reused for another operation. Runs before
 * {@link ReponsesCommunes}, which gives these answers the problem schema.
 */
final class CleIdempotence {

    static final String EN_TETE = "Idempotency-Key";
    static final String DESCRIPTION = "Clé choisie par le client (1 à 200 caractères, un UUID par action) : la même "
            + "requête renvoyée avec la même clé dans les 24 h rend la première réponse (en-tête Idempotent-Replayed) "
            + "au lieu d'agir deux fois ; une réponse en échec n'est pas conservée, la nouvelle tentative s'exécute";

    private CleIdempotence() {
    }

    static void appliquer(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation post = item.getPOST();
            if (post != null && post.getSecurity() != null && !post.getSecurity().isEmpty()) {
                completer(post);
            }
        });
    }

    private static void completer(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && EN_TETE.equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParameter(OASFactory.createParameter().name(EN_TETE).in(Parameter.In.HEADER).required(false)
                    .description(DESCRIPTION).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(200)));
        }
        APIResponses reponses = operation.getResponses();
        if (!reponses.hasAPIResponse("400")) {
            reponses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Requête invalide : le problème nomme chaque champ ou en-tête en faute (violations)"));
        }
        String enCours = "Une requête avec la même Idempotency-Key est encore en cours (code « requete-en-cours ») : "
                + "réessayer après Retry-After pour obtenir sa réponse";
        APIResponse conflit = reponses.getAPIResponse("409");
        if (conflit == null) {
            reponses.addAPIResponse("409", OASFactory.createAPIResponse().description(enCours));
        } else {
            conflit.setDescription(conflit.getDescription() + " ; ou : " + enCours);
        }
        String reutilisee = "Idempotency-Key déjà utilisée pour une autre opération (code « cle-idempotence-reutilisee »)";
        APIResponse refus = reponses.getAPIResponse("422");
        if (refus == null) {
            reponses.addAPIResponse("422", OASFactory.createAPIResponse().description(reutilisee));
        } else if (!refus.getDescription().contains("idempotence")) {
            refus.setDescription(refus.getDescription() + " ; ou : " + reutilisee);
        }
    }
}

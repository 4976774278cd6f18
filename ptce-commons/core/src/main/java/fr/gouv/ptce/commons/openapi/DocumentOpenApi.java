package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The finishing pass over each service's OpenAPI document (registered by {@code mp.openapi.filter} in
 * ptce-commons' configuration, run at build time): what every operation of every service has in
 * common is written once here rather than on each resource — who publishes the API and where, the
 * bearer scheme, readable operation ids, and the problem responses the shared HTTP layer sends.
 */
public class DocumentOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Editeur.appliquer(openAPI);
        IdentifiantsOperations.appliquer(openAPI);
        CleIdempotence.appliquer(openAPI);
        ReponsesCommunes.appliquer(openAPI);
        BornesDesReponses.appliquer(openAPI);
    }
}

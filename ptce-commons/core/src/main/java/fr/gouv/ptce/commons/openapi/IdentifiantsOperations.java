package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.HashMap;
import java.util.Map;

/**
 * Readable, stable operation ids: SmallRye names each operation {@code Classe_methode}
 * (operationIdStrategy=CLASS_METHOD), which is unique but reads badly in generated clients;
 * {@code CandidatureResource_deposer} becomes {@code deposerCandidature}. An id set explicitly with
 * {@code @Operation(operationId = ...)} is kept. Two operations with one id stop the build.
 */
final class IdentifiantsOperations {

    private IdentifiantsOperations() {
    }

    static void appliquer(OpenAPI openAPI) {
        Map<String, String> vus = new HashMap<>();
        openAPI.getPaths().getPathItems().forEach((chemin, item) ->
                item.getOperations().forEach((methode, operation) -> {
                    String id = lisible(operation.getOperationId());
                    String ou = methode + " " + chemin;
                    String deja = vus.putIfAbsent(id, ou);
                    if (deja != null) {
                        throw new IllegalStateException("operationId « " + id + " » porté par " + deja + " et " + ou);
                    }
                    operation.setOperationId(id);
                }));
    }

    static String lisible(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalStateException("opération sans operationId : vérifier mp.openapi.extensions.smallrye.operationIdStrategy");
        }
        int separation = id.lastIndexOf('_');
        if (separation < 0) {
            return id;
        }
        String classe = id.substring(0, separation).replaceFirst("Resource$", "");
        return id.substring(separation + 1) + classe;
    }
}

package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The component schemas a client SENDS: reached from a request body or a parameter, through $ref. */
final class SchemasDEntree {

    private SchemasDEntree() {
    }

    static Set<String> noms(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> noms = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((chemin, item) -> {
            parcourirParametres(item.getParameters(), schemas, noms);
            item.getOperations().forEach((methode, operation) -> {
                parcourirParametres(operation.getParameters(), schemas, noms);
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    for (MediaType type : operation.getRequestBody().getContent().getMediaTypes().values()) {
                        parcourir(type.getSchema(), schemas, noms, new HashSet<>());
                    }
                }
            });
        });
        return noms;
    }

    private static void parcourirParametres(List<Parameter> parametres, Map<String, Schema> schemas, Set<String> noms) {
        if (parametres != null) {
            parametres.forEach(p -> parcourir(p.getSchema(), schemas, noms, new HashSet<>()));
        }
    }

    private static void parcourir(Schema schema, Map<String, Schema> schemas, Set<String> noms, Set<Schema> vus) {
        if (schema == null || !vus.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            String nom = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (noms.add(nom)) {
                parcourir(schemas.get(nom), schemas, noms, vus);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> parcourir(p, schemas, noms, vus));
        }
        parcourir(schema.getItems(), schemas, noms, vus);
        for (List<Schema> liste : composantes(schema)) {
            liste.forEach(s -> parcourir(s, schemas, noms, vus));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            parcourir(schema.getAdditionalPropertiesSchema(), schemas, noms, vus);
        }
    }

    /** The allOf, anyOf and oneOf lists of a schema (empty when absent). */
    static List<List<Schema>> composantes(Schema schema) {
        return List.of(nonNul(schema.getAllOf()), nonNul(schema.getAnyOf()), nonNul(schema.getOneOf()));
    }

    private static List<Schema> nonNul(List<Schema> liste) {
        return liste == null ? List.of() : liste;
    }
}

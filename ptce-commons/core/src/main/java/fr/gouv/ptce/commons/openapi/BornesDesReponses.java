package fr.gouv.ptce.commons.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Bounds that follow from a value's type, written where the annotations cannot say them:
 * <ul>
 * <li>a string of a known format (uuid, date-time, e-mail…) is no longer than that format allows;
 *     a longer one cannot be parsed and is refused with a 400, so the bound holds for inputs too;</li>
 * <li>an integer the services SEND is a Java int or long. Inputs are left alone on purpose: their
 *     bounds come from Bean Validation on the request records and parameters (@Min/@Max), enforced
 *     and documented by the same annotation, and the build's Spectral lint flags an input without.</li>
 * </ul>
 */
final class BornesDesReponses {

    private static final Map<String, Integer> LONGUEUR_PAR_FORMAT = Map.of(
            "uuid", 36, "date-time", 35, "date", 10, "email", 320, "uri", 2048, "duration", 64, "time", 30);

    private BornesDesReponses() {
    }

    static void appliquer(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> entrees = SchemasDEntree.noms(openAPI);
        schemas.forEach((nom, schema) -> {
            parcourir(schema, BornesDesReponses::longueurDuFormat, new HashSet<>());
            if (!entrees.contains(nom)) {
                parcourir(schema, BornesDesReponses::etendueDuType, new HashSet<>());
            }
        });
        openAPI.getPaths().getPathItems().forEach((chemin, item) -> item.getOperations().forEach((methode, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> parcourir(p.getSchema(), BornesDesReponses::longueurDuFormat, new HashSet<>()));
            }
        }));
    }

    private static void longueurDuFormat(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getFormat() != null && LONGUEUR_PAR_FORMAT.containsKey(schema.getFormat())) {
            schema.setMaxLength(LONGUEUR_PAR_FORMAT.get(schema.getFormat()));
        }
    }

    private static void etendueDuType(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return;
        }
        boolean long64 = "int64".equals(schema.getFormat());
        if (schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(long64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(long64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
    }

    private static void parcourir(Schema schema, Consumer<Schema> regle, Set<Schema> vus) {
        if (schema == null || schema.getRef() != null || !vus.add(schema)) {
            return;
        }
        regle.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> parcourir(p, regle, vus));
        }
        parcourir(schema.getItems(), regle, vus);
        parcourir(schema.getAdditionalPropertiesSchema(), regle, vus);
        for (List<Schema> liste : SchemasDEntree.composantes(schema)) {
            liste.forEach(s -> parcourir(s, regle, vus));
        }
    }
}

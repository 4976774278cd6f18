package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks Strimzi custom resources against Strimzi's own published API model (Maven Central
 * io.strimzi:api, the Java classes from which Strimzi generates its CRD schemas; the CRD YAML itself
 * is not published there). Binding is strict: a field the model does not have (Strimzi's classes
 * would otherwise keep it aside as an "additional property") or a value of the wrong type fails. Not
 * covered: required fields, numeric bounds and most enums (Strimzi's enums map unknown values to
 * null), which live in Strimzi's CRD generator annotations.
 */
final class StrimziModelCheck {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class);

    private static final ObjectMapper STRICT = strictMapper();

    private StrimziModelCheck() {
    }

    static boolean covers(ObjectNode resource) {
        return resource.path("apiVersion").asText().startsWith("kafka.strimzi.io/")
                && MODELS.containsKey(resource.path("kind").asText());
    }

    /** The problems of a Strimzi resource (empty when it binds), "Kind/name path: message". */
    static List<String> problems(ObjectNode resource) {
        Class<?> model = MODELS.get(resource.path("kind").asText());
        if (model == null) {
            return List.of(Rendered.id(resource) + ": no Strimzi model for this kind");
        }
        try {
            STRICT.treeToValue(resource, model);
            return List.of();
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("/", "/", ""));
            return List.of(Rendered.id(resource) + " " + path + ": " + Optional.ofNullable(e.getOriginalMessage()).orElse("")
                    .lines().findFirst().orElse(""));
        } catch (Exception e) {
            return List.of(Rendered.id(resource) + ": " + e.getMessage());
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // Strimzi's classes catch unknown fields with @JsonAnySetter; without it they are errors.
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasAnySetter(Annotated a) {
                return Boolean.FALSE;
            }

            @Override
            @SuppressWarnings("deprecation")
            public boolean hasAnySetterAnnotation(com.fasterxml.jackson.databind.introspect.AnnotatedMethod m) {
                return false;
            }
        });
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}

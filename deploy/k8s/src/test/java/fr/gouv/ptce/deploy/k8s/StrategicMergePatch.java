package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Strategic merge as kustomize applies it: mappings merge recursively, null deletes a field,
 * lists of objects merge by their merge key when they have one, other lists are replaced.
 * Built-in kinds take the merge keys of the Kubernetes API; custom resources (no schema in
 * kustomize) use the keys kustomize infers when every element carries one of them.
 */
final class StrategicMergePatch {

    /** patchMergeKey of the built-in API fields the manifests hold. */
    private static final Map<String, String> BUILT_IN_KEYS = Map.ofEntries(
            Map.entry("containers", "name"), Map.entry("initContainers", "name"),
            Map.entry("ephemeralContainers", "name"), Map.entry("env", "name"),
            Map.entry("volumes", "name"), Map.entry("volumeMounts", "mountPath"),
            Map.entry("imagePullSecrets", "name"), Map.entry("hostAliases", "ip"),
            Map.entry("topologySpreadConstraints", "topologyKey"));

    /** kyaml's associative keys for lists without a schema, in its order. */
    private static final List<String> INFERRED_KEYS =
            List.of("mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort");

    private StrategicMergePatch() {
    }

    static void apply(ObjectNode target, ObjectNode patch, boolean builtInKind) {
        merge(target, patch, builtInKind);
    }

    private static void merge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new IllegalStateException("patch directive not supported by the renderer: " + name);
            }
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, builtIn);
            } else if (value.isArray() && current != null && current.isArray()) {
                String key = mergeKey(name, (ArrayNode) current, (ArrayNode) value, builtIn);
                if (key == null) {
                    target.set(name, value.deepCopy());
                } else {
                    mergeList((ArrayNode) current, (ArrayNode) value, key, builtIn);
                }
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, ArrayNode current, ArrayNode patch, boolean builtIn) {
        if (builtIn) {
            if (field.equals("ports")) {
                // container ports merge on containerPort, Service ports on port
                JsonNode first = patch.size() > 0 ? patch.get(0) : current.get(0);
                return first != null && first.has("containerPort") ? "containerPort" : "port";
            }
            return BUILT_IN_KEYS.get(field);
        }
        for (String key : INFERRED_KEYS) {
            if (allHave(current, key) && allHave(patch, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean allHave(ArrayNode list, String key) {
        for (JsonNode element : list) {
            if (!element.isObject() || !element.has(key)) {
                return false;
            }
        }
        return true;
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, boolean builtIn) {
        for (JsonNode element : patch) {
            ObjectNode match = null;
            for (JsonNode existing : current) {
                if (existing.path(key).equals(element.get(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                current.add(element.deepCopy());
            } else {
                merge(match, (ObjectNode) element, builtIn);
            }
        }
    }
}

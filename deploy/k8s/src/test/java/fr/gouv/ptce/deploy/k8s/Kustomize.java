package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@code kubectl kustomize} does with the features these manifests use, so the build can
 * check the rendered overlays without kubectl: resources (files and kustomization directories),
 * patches (strategic merge or JSON 6902, by kind and name or by a target with kind, name regex
 * and label selector), namespace, labels (metadata only) and images, in kustomize's order. Any
 * other field of a kustomization fails the render rather than being silently ignored.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_FIELDS =
            Set.of("apiVersion", "kind", "resources", "patches", "namespace", "labels", "images");

    /** Kinds without a namespace among those the manifests hold. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "IngressClass");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        List<ObjectNode> docs = Yaml.documents(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + ": one document expected");
        }
        ObjectNode k = docs.get(0);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED_FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": field '" + field + "' is not reproduced by the build's renderer");
            }
        });

        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else if (Files.isRegularFile(path)) {
                resources.addAll(Yaml.documents(path));
            } else {
                throw new IllegalStateException(file + ": resource not found: " + entry.asText());
            }
        }
        checkUnique(resources, file);

        for (JsonNode patch : k.path("patches")) {
            applyPatch(directory, patch, resources, file);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (ObjectNode r : resources) {
                if (!CLUSTER_SCOPED.contains(r.path("kind").asText())) {
                    metadata(r).put("namespace", namespace);
                }
            }
        }
        for (JsonNode label : k.path("labels")) {
            if (label.path("includeSelectors").asBoolean(false) || label.path("includeTemplates").asBoolean(false)) {
                throw new IllegalStateException(file + ": labels with selectors/templates are not reproduced by the renderer");
            }
            for (ObjectNode r : resources) {
                ObjectNode labels = metadata(r).has("labels")
                        ? (ObjectNode) metadata(r).get("labels") : metadata(r).putObject("labels");
                label.path("pairs").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue().deepCopy()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode r : resources) {
                retag(r, image);
            }
        }
        return resources;
    }

    private static void applyPatch(Path directory, JsonNode entry, List<ObjectNode> resources, Path file) {
        String text;
        if (entry.has("path")) {
            try {
                text = Files.readString(directory.resolve(entry.get("path").asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(file + ": patch not found: " + entry.get("path"), e);
            }
        } else {
            text = entry.path("patch").asText();
        }
        JsonNode patch = Yaml.tree(text, file + " patch");
        List<ObjectNode> targets = new ArrayList<>();
        if (entry.has("target")) {
            targets.addAll(select(resources, entry.get("target")));
        } else {
            List<ObjectNode> patchDocs = Yaml.documents(text, file + " patch");
            if (patchDocs.size() != 1 || patch.isArray()) {
                throw new IllegalStateException(file + ": a patch without target must be one strategic-merge document");
            }
            String kind = patch.path("kind").asText();
            String name = patch.path("metadata").path("name").asText();
            for (ObjectNode r : resources) {
                if (r.path("kind").asText().equals(kind) && name(r).equals(name)) {
                    targets.add(r);
                }
            }
            if (targets.size() != 1) {
                throw new IllegalStateException(file + ": no unique target for patch " + kind + "/" + name);
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalStateException(file + ": patch matches no resource: " + entry.path("target"));
        }
        for (ObjectNode target : targets) {
            if (patch.isArray()) {
                JsonPatch6902.apply(target, (ArrayNode) patch);
            } else {
                ObjectNode smp = ((ObjectNode) patch).deepCopy();
                smp.remove("apiVersion");
                smp.remove("kind");
                if (smp.path("metadata").isObject()) {
                    ((ObjectNode) smp.get("metadata")).remove("name");
                }
                StrategicMergePatch.apply(target, smp, builtIn(target));
            }
        }
    }

    private static List<ObjectNode> select(List<ObjectNode> resources, JsonNode target) {
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!Set.of("kind", "name", "labelSelector").contains(field)) {
                throw new IllegalStateException("patch target field not reproduced by the renderer: " + field);
            }
        }
        Map<String, String> selector = new java.util.HashMap<>();
        if (target.has("labelSelector")) {
            for (String pair : target.get("labelSelector").asText().split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[0].endsWith("!")) {
                    throw new IllegalStateException("label selector not reproduced by the renderer: " + pair);
                }
                selector.put(kv[0].trim(), kv[1].trim());
            }
        }
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode r : resources) {
            if (target.has("kind") && !target.get("kind").asText().equals(r.path("kind").asText())) {
                continue;
            }
            if (target.has("name") && !Pattern.matches(target.get("name").asText(), name(r))) {
                continue;
            }
            JsonNode labels = r.path("metadata").path("labels");
            if (selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.path(e.getKey()).asText(null)))) {
                matches.add(r);
            }
        }
        return matches;
    }

    /** kustomize's images transformer: same image name (tag and digest aside) gets newName/newTag. */
    private static void retag(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode container : e.getValue()) {
                        String current = container.path("image").asText();
                        String bare = current.replaceAll("(@.*|:[^/:]*)$", "");
                        if (bare.equals(image.path("name").asText())) {
                            String tag = current.substring(bare.length());
                            String newName = image.has("newName") ? image.get("newName").asText() : bare;
                            String newTag = image.has("newTag") ? ":" + image.get("newTag").asText() : tag;
                            ((ObjectNode) container).put("image", newName + newTag);
                        }
                    }
                }
                retag(e.getValue(), image);
            });
        } else if (node.isArray()) {
            node.forEach(child -> retag(child, image));
        }
    }

    private static void checkUnique(List<ObjectNode> resources, Path file) {
        Set<String> ids = new HashSet<>();
        for (ObjectNode r : resources) {
            String id = r.path("kind").asText() + "/" + r.path("metadata").path("namespace").asText("") + "/" + name(r);
            if (!ids.add(id)) {
                throw new IllegalStateException(file + ": resource declared twice: " + id);
            }
        }
    }

    /** Kinds of the core Kubernetes API: strategic merge uses their schema's merge keys. */
    static boolean builtIn(JsonNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        return !apiVersion.contains("/") || apiVersion.matches(
                "(apps|batch|autoscaling|policy|networking\\.k8s\\.io|rbac\\.authorization\\.k8s\\.io)/.*");
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.has("metadata") ? (ObjectNode) resource.get("metadata") : resource.putObject("metadata");
    }
}

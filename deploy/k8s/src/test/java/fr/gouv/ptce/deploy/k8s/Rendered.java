package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One rendered overlay, with look-ups by kind and name. Rendered once per test JVM. */
record Rendered(String overlay, List<ObjectNode> resources) {

    static final List<String> OVERLAYS = List.of("local", "prod");
    static final Path K8S = ServiceSources.REPO.resolve("deploy/k8s");

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered of(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> {
            Rendered r = new Rendered(o, Kustomize.render(K8S.resolve("overlays").resolve(o)));
            r.write();
            return r;
        });
    }

    /**
     * target/rendered/&lt;overlay&gt;.yaml: what the checks saw, to compare with {@code kubectl kustomize}
     * on a machine that has it (same objects; key order and formatting may differ).
     */
    private void write() {
        try {
            Path dir = K8S.resolve("target/rendered");
            Files.createDirectories(dir);
            StringBuilder out = new StringBuilder();
            for (ObjectNode resource : resources) {
                out.append("---\n").append(Yaml.write(resource));
            }
            Files.writeString(dir.resolve(overlay + ".yaml"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ObjectNode> ofKind(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> Kustomize.name(r).equals(name)).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    static boolean labelsMatch(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        final boolean[] all = {true};
        selector.fields().forEachRemaining(e -> all[0] &= e.getValue().asText().equals(labels.path(e.getKey()).asText(null)));
        return all[0];
    }
}

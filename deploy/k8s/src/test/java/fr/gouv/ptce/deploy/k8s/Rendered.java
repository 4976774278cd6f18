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

/** One overlay rendered by {@code kubectl kustomize}, with look-ups by kind and name. Rendered once per test JVM. */
record Rendered(String overlay, List<ObjectNode> resources) {

    static final List<String> OVERLAYS = List.of("local", "prod");
    static final Path K8S = ServiceSources.REPO.resolve("deploy/k8s");

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

    static Rendered of(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> of(o, K8S.resolve("overlays").resolve(o)));
    }

    /**
     * Renders {@code dir} and keeps kubectl's output in target/rendered/&lt;label&gt;.yaml: exactly what
     * {@code kubectl apply -k} would send, and what the checks saw.
     */
    static Rendered of(String label, Path dir) {
        String yaml = KubectlKustomize.render(dir);
        try {
            Path out = K8S.resolve("target/rendered");
            Files.createDirectories(out);
            Files.writeString(out.resolve(label + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(label, Yaml.documents(yaml, "kubectl kustomize " + dir));
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static String id(JsonNode resource) {
        return resource.path("kind").asText() + "/" + name(resource);
    }

    /**
     * A Secret an operator creates from a resource of this overlay: CloudNativePG's {@code <cluster>-app},
     * Strimzi's {@code <kafka>-cluster-ca-cert} and one per {@code KafkaUser} (its name: password, sasl.jaas.config).
     */
    boolean generatedByOperator(String secret) {
        return secret.endsWith("-app") && find("Cluster", secret.substring(0, secret.length() - 4)).isPresent()
                || secret.endsWith("-cluster-ca-cert") && find("Kafka", secret.substring(0, secret.length() - 16)).isPresent()
                || find("KafkaUser", secret).isPresent();
    }

    List<ObjectNode> ofKind(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name(r).equals(name)).findFirst();
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

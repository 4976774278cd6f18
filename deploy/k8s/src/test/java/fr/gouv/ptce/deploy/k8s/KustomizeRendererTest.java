package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The renderer behaves as kustomize does on the cases the overlays rely on. */
class KustomizeRendererTest {

    private static ObjectNode yaml(String text) {
        return Yaml.documents(text, "test").get(0);
    }

    @Test
    void strategicMergeMergesContainersByNameAndReplacesPlainLists() {
        ObjectNode target = yaml("""
                spec:
                  containers:
                    - name: app
                      image: a:1
                      env: [{name: A, value: "1"}, {name: B, value: "2"}]
                      args: [x, y]
                    - name: side
                      image: s:1
                """);
        StrategicMergePatch.apply(target, yaml("""
                spec:
                  containers:
                    - name: app
                      env: [{name: B, value: "3"}, {name: C, value: "4"}]
                      args: [z]
                """), true);
        JsonNode app = target.path("spec").path("containers").get(0);
        assertEquals("a:1", app.path("image").asText());
        assertEquals(List.of("A", "B", "C"), app.path("env").findValuesAsText("name"));
        assertEquals("3", app.path("env").get(1).path("value").asText());
        assertEquals(1, app.path("args").size());
        assertEquals("side", target.path("spec").path("containers").get(1).path("name").asText());
    }

    @Test
    void nullDeletesAFieldAndCustomResourceListsWithoutKeyAreReplaced() {
        ObjectNode target = yaml("spec: {a: 1, b: 2, volumes: [{id: 0, size: 1Gi}]}");
        StrategicMergePatch.apply(target, yaml("spec: {a: null, volumes: [{id: 0, type: x}]}"), false);
        assertFalse(target.path("spec").has("a"));
        assertEquals(yaml("spec: {b: 2, volumes: [{id: 0, type: x}]}"), target);
    }

    @Test
    void jsonPatchAddsReplacesAndFailsOnAMissingPath() {
        ObjectNode target = yaml("spec: {rules: [{host: a}], egress: []}");
        ArrayNode ops = (ArrayNode) Yaml.tree("""
                - {op: replace, path: /spec/rules/0/host, value: b}
                - {op: add, path: /spec/egress/-, value: {x: 1}}
                - {op: add, path: /spec/tls, value: [t]}
                """, "ops");
        JsonPatch6902.apply(target, ops);
        assertEquals(yaml("spec: {rules: [{host: b}], egress: [{x: 1}], tls: [t]}"), target);
        assertThrows(IllegalStateException.class, () -> JsonPatch6902.apply(target,
                (ArrayNode) Yaml.tree("- {op: replace, path: /spec/nothing/here, value: 1}", "ops")));
    }

    @Test
    void overlayAppliesPatchesThenNamespaceLabelsAndImages(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("kustomization.yaml"), """
                resources: [d.yaml]
                labels: [{pairs: {team: ptce}}]
                """);
        Files.writeString(base.resolve("d.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {tier: api}}
                spec:
                  template:
                    spec:
                      containers: [{name: app, image: "ptce/web:latest"}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: other}
                spec: {template: {spec: {containers: [{name: app, image: other:1}]}}}
                """);
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                namespace: ns
                resources: [../base]
                images: [{name: ptce/web, newName: reg/ptce/web, newTag: "2"}]
                patches:
                  - target: {kind: Deployment, labelSelector: tier=api}
                    patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata: {name: ignored}
                      spec: {replicas: 3}
                """);
        List<ObjectNode> out = Kustomize.render(overlay);
        assertEquals("reg/ptce/web:2", out.get(0).path("spec").path("template").path("spec").path("containers").get(0).path("image").asText());
        assertEquals(3, out.get(0).path("spec").path("replicas").asInt());
        assertFalse(out.get(1).path("spec").has("replicas"));
        assertEquals("ns", out.get(1).path("metadata").path("namespace").asText());
        assertEquals("ptce", out.get(1).path("metadata").path("labels").path("team").asText());
        assertEquals("web", out.get(0).path("metadata").path("name").asText());
    }

    @Test
    void unsupportedKustomizeFeaturesFailInsteadOfBeingIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "configMapGenerator: [{name: x, literals: [a=b]}]\n");
        assertThrows(IllegalStateException.class, () -> Kustomize.render(dir));
    }

    @Test
    void theLightSchemaRejectsAMisspeltProbeAndAWrongApiVersion() {
        ObjectNode deployment = yaml("""
                apiVersion: apps/v1beta1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: app, image: x, readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}}]
                """);
        List<String> problems = Schema.problems(deployment);
        assertEquals(2, problems.size(), problems.toString());
    }
}

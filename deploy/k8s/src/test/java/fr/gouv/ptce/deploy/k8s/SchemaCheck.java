package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Validates rendered objects against published schemas with a maintained validator: the npm
 * packages of src/test/node (kubernetes-models: the Kubernetes v1.33.0 OpenAPI schemas compiled with
 * Ajv; @kubernetes-models/prometheus-operator: the Prometheus Operator's CRDs), which the build
 * installs into target/schema-check with {@code npm ci}. See validate.cjs for the protocol.
 */
final class SchemaCheck {

    static final Path INSTALLED = Rendered.K8S.resolve("target/schema-check");

    /** What the validator said about a list of objects. */
    record Report(List<String> validated, List<String> noSchema, List<String> errors) {
    }

    private SchemaCheck() {
    }

    static Report validate(String label, List<ObjectNode> objects) {
        Path script = INSTALLED.resolve("validate.cjs");
        if (!Files.isDirectory(INSTALLED.resolve("node_modules/kubernetes-models"))) {
            throw new IllegalStateException(INSTALLED + " has no node_modules: the build's `npm ci` (process-test-resources) did not run");
        }
        try {
            Path input = Files.createTempFile(INSTALLED, label, ".json");
            ArrayNode array = Yaml.JSON.createArrayNode();
            objects.forEach(array::add);
            Files.writeString(input, Yaml.JSON.writeValueAsString(array));
            Process p = new ProcessBuilder("node", script.toString(), input.toString())
                    .directory(INSTALLED.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("schema validator failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Files.delete(input);
            JsonNode report = Yaml.JSON.readTree(out);
            List<String> errors = new ArrayList<>();
            report.path("errors").forEach(e -> errors.add(e.path("object").asText() + " " + e.path("path").asText()
                    + ": " + e.path("message").asText()));
            return new Report(strings(report.path("validated")), strings(report.path("noSchema")), errors);
        } catch (IOException e) {
            throw new IllegalStateException("schema validator: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("schema validator interrupted", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

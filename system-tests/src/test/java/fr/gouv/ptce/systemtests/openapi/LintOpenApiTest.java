package fr.gouv.ptce.systemtests.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document each service writes at build time ({@code <service>/target/openapi/openapi.yaml},
 * quarkus.smallrye-openapi.store-schema-directory) linted by the real Spectral CLI with the OWASP API
 * Security ruleset ({@code openapi-lint/.spectral.yaml}; installed by this module's build with
 * {@code npm ci}). Any error fails; errors and warnings are printed per service.
 * Needs no platform: it runs first.
 */
@Order(0)
class LintOpenApiTest {

    private static final Path LINT = Path.of("openapi-lint").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"candidature-service", "evaluation-service", "financement-service", "notification-service"})
    void le_document_openapi_passe_le_lint_owasp_sans_erreur(String service) throws Exception {
        Path document = LINT.getParent().getParent().resolve(service).resolve("target/openapi/openapi.yaml");
        assertTrue(Files.isRegularFile(document), document + " absent : le service doit être construit (package) avant");
        JsonNode resultats = spectral(document);

        List<String> erreurs = new ArrayList<>();
        int avertissements = 0;
        for (JsonNode r : resultats) {
            int severite = r.path("severity").asInt();
            if (severite == 0) {
                erreurs.add(r.path("code").asText() + " " + chemin(r) + " : " + r.path("message").asText());
            } else if (severite == 1) {
                avertissements++;
            }
        }
        System.out.printf("Spectral OWASP %s : %d erreur(s), %d avertissement(s)%n", service, erreurs.size(), avertissements);
        assertEquals(List.of(), erreurs, service + " : erreurs Spectral");
    }

    private static JsonNode spectral(Path document) throws IOException, InterruptedException {
        Path cli = LINT.resolve("node_modules/.bin/spectral");
        assertTrue(Files.isExecutable(cli), cli + " absent : le build l'installe (npm ci, phase generate-test-resources)");
        Path sortie = Files.createTempFile("spectral-", ".json");
        try {
            Process p = new ProcessBuilder(cli.toString(), "lint", "--ruleset", LINT.resolve(".spectral.yaml").toString(),
                    "--format", "json", "--output", sortie.toString(), "--fail-severity", "error", "--quiet",
                    document.toString())
                    .directory(LINT.toFile()).redirectErrorStream(true).start();
            String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spectral ne répond pas");
            // 0: no error, 1: errors found (read below); anything else is Spectral failing to run.
            assertTrue(p.exitValue() == 0 || p.exitValue() == 1, "spectral a échoué (" + p.exitValue() + ") : " + console);
            return new ObjectMapper().readTree(sortie.toFile());
        } finally {
            Files.deleteIfExists(sortie);
        }
    }

    private static String chemin(JsonNode r) {
        List<String> parties = new ArrayList<>();
        r.path("path").forEach(p -> parties.add(p.asText()));
        return String.join("/", parties);
    }
}

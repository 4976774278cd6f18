package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference Standard Webhooks library (npm "standardwebhooks", installed by this module's build
 * into target/verificateur-webhooks, see src/test/node) run by node on received deliveries: what a
 * partner's receiver would decide, independently of PTCE's signing code.
 */
final class VerificateurStandardWebhooks {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path VERIFICATEUR = Path.of("target", "verificateur-webhooks");

    private VerificateurStandardWebhooks() {
    }

    /** One item to check: the secret the receiver holds, the headers and body it got. */
    static ObjectNode livraison(String secret, Map<String, String> entetes, String corps) {
        ObjectNode l = MAPPER.createObjectNode();
        l.put("secret", secret);
        l.set("entetes", MAPPER.valueToTree(entetes));
        l.put("corps", corps);
        return l;
    }

    /** One verdict {valide, erreur} per item, in order. */
    static JsonNode verifier(ArrayNode livraisons) throws Exception {
        assertTrue(Files.isDirectory(VERIFICATEUR.resolve("node_modules/standardwebhooks")),
                "the build installs the verifier with npm ci into " + VERIFICATEUR.toAbsolutePath());
        Process node = new ProcessBuilder("node", "verifier.mjs").directory(VERIFICATEUR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(MAPPER.writeValueAsBytes(livraisons));
        }
        String sortie = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed: " + sortie);
        JsonNode verdicts = MAPPER.readTree(sortie);
        assertEquals(livraisons.size(), verdicts.size(), sortie);
        return verdicts;
    }
}

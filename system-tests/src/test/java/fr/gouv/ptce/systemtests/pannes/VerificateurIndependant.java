package fr.gouv.ptce.systemtests.pannes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's receiver checking signatures with the reference Standard Webhooks library (npm
 * "standardwebhooks"), not with PTCE's signing code: the script and the library notification-service's
 * build installs (src/test/node, {@code npm ci} into its target/verificateur-webhooks), run by node.
 * The library also applies its timestamp tolerance (5 minutes), as a real receiver does: deliveries
 * are checked soon after they arrive.
 */
final class VerificateurIndependant {

    private static final Path VERIFICATEUR = Path.of("..", "notification-service", "target", "verificateur-webhooks");

    /** A delivery as the receiver got it. */
    record Livraison(Map<String, String> entetes, String corps) {
        /** How many signatures {@code webhook-signature} holds (two during a rotation's overlap). */
        int signatures() {
            return entetes.getOrDefault("webhook-signature", "").trim().split(" +").length;
        }
    }

    private VerificateurIndependant() {
    }

    /** For each delivery, whether the library accepts it with {@code secret}. */
    static List<Boolean> accepte(List<Livraison> livraisons, String secret) throws Exception {
        assertTrue(Files.isDirectory(VERIFICATEUR.resolve("node_modules/standardwebhooks")),
                "notification-service's build installs the verifier (npm ci) into " + VERIFICATEUR.toAbsolutePath());
        ArrayNode items = PtceClient.JSON.createArrayNode();
        for (Livraison l : livraisons) {
            ObjectNode item = items.addObject();
            item.put("secret", secret);
            item.set("entetes", PtceClient.JSON.valueToTree(l.entetes()));
            item.put("corps", l.corps());
        }
        Process node = new ProcessBuilder("node", "verifier.mjs").directory(VERIFICATEUR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(PtceClient.JSON.writeValueAsBytes(items));
        }
        String sortie = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed: " + sortie);
        JsonNode verdicts = PtceClient.JSON.readTree(sortie);
        assertEquals(livraisons.size(), verdicts.size(), sortie);
        return java.util.stream.StreamSupport.stream(verdicts.spliterator(), false)
                .map(v -> v.path("valide").asBoolean()).toList();
    }
}

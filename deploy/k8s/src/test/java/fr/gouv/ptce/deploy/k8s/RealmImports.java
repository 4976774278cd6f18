package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the KeycloakRealmImport from the realm the launcher uses (deploy/keycloak/realm-ptce.json):
 * the same realm without its demo users and without any secret. Service-account users stay (they
 * carry the roles of client-credentials clients); each confidential client's secret becomes a
 * placeholder that the Keycloak operator fills from the Secret ptce-keycloak-client-secrets.
 */
final class RealmImports {

    static final Path REALM = ServiceSources.REPO.resolve("deploy/keycloak/realm-ptce.json");
    static final Path IMPORT = ServiceSources.REPO.resolve("deploy/k8s/base/keycloak/realm-import.yaml");
    static final String SECRET = "ptce-keycloak-client-secrets";

    /** Field names whose values are secret wherever they appear. */
    private static final Set<String> SECRET_FIELDS =
            Set.of("secret", "clientsecret", "password", "privatekey", "credentials");

    private RealmImports() {
    }

    static String placeholder(String clientId) {
        return "PTCE_CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The realm as it must appear in the import. */
    static ObjectNode importedRealm(JsonNode realm) {
        ObjectNode copy = realm.deepCopy();
        if (copy.has("users")) {
            ArrayNode kept = Yaml.JSON.createArrayNode();
            for (JsonNode user : copy.get("users")) {
                if (user.hasNonNull("serviceAccountClientId")) {
                    kept.add(user);
                }
            }
            if (kept.isEmpty()) {
                copy.remove("users");
            } else {
                copy.set("users", kept);
            }
        }
        for (JsonNode client : copy.path("clients")) {
            if (client.hasNonNull("secret")) {
                ((ObjectNode) client).put("secret", "${" + placeholder(client.get("clientId").asText()) + "}");
            }
        }
        stripSecrets(copy, true);
        return copy;
    }

    /** Removes secret-looking fields, except the client placeholders just put in. */
    private static void stripSecrets(JsonNode node, boolean top) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            boolean isClient = object.has("clientId") && object.has("secret")
                    && object.get("secret").asText().startsWith("${PTCE_CLIENT_SECRET_");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey().toLowerCase(Locale.ROOT);
                if (SECRET_FIELDS.contains(key) && !(isClient && key.equals("secret"))) {
                    it.remove();
                } else {
                    stripSecrets(e.getValue(), false);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> stripSecrets(child, false));
        }
    }

    /** The whole KeycloakRealmImport resource. */
    static ObjectNode resource(JsonNode realm) {
        ObjectNode r = Yaml.JSON.createObjectNode();
        r.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        r.put("kind", "KeycloakRealmImport");
        r.putObject("metadata").put("name", "ptce-realm");
        ObjectNode spec = r.putObject("spec");
        spec.put("keycloakCRName", "ptce-keycloak");
        ObjectNode realmOut = importedRealm(realm);
        ObjectNode placeholders = Yaml.JSON.createObjectNode();
        for (JsonNode client : realmOut.path("clients")) {
            if (client.has("secret")) {
                placeholders.putObject(placeholder(client.get("clientId").asText())).putObject("secret")
                        .put("name", SECRET).put("key", client.get("clientId").asText());
            }
        }
        if (!placeholders.isEmpty()) {
            spec.set("placeholders", placeholders);
        }
        spec.set("realm", realmOut);
        return r;
    }

    static String fileText(JsonNode realm) {
        return """
                # GENERATED from deploy/keycloak/realm-ptce.json by the build (RealmImportTest): do not edit.
                # Regenerate: ./mvnw -B -pl deploy/k8s test -Dtest=RealmImportTest -Dptce.regenerate=true
                # The launcher's realm without its demo users and secrets; confidential clients get their
                # secret from the Secret %s (key = clientId), created by the ops team.
                """.formatted(SECRET) + Yaml.write(resource(realm));
    }
}

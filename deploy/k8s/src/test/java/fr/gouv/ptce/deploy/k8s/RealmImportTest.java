package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KeycloakRealmImport is the launcher's realm minus demo users and secrets, and cannot drift. */
class RealmImportTest {

    /** The only realm fields the prod overlay may change, and to what end (see its kustomization). */
    static final Set<String> PROD_HARDENING = Set.of("/displayName", "/bruteForceProtected", "/accessTokenLifespan",
            "/attributes/ptce.description", "/clients/ptce-front/directAccessGrantsEnabled",
            "/clients/ptce-front/redirectUris", "/clients/ptce-front/attributes/post.logout.redirect.uris");

    @Test
    void theCommittedImportIsGeneratedFromTheRealmFile() throws IOException {
        assertTrue(Files.exists(RealmImports.REALM), "the launcher's realm " + RealmImports.REALM + " is missing");
        String expected = RealmImports.fileText(Yaml.json(RealmImports.REALM));
        if (Boolean.getBoolean("ptce.regenerate")) {
            Files.writeString(RealmImports.IMPORT, expected);
        }
        assertTrue(Files.exists(RealmImports.IMPORT), "missing " + RealmImports.IMPORT + ": run with -Dptce.regenerate=true");
        JsonNode committed = Yaml.documents(RealmImports.IMPORT).get(0);
        assertEquals(Yaml.documents(expected, "expected").get(0), committed,
                "realm-import.yaml is out of date with realm-ptce.json: regenerate it with "
                        + "./mvnw -B -pl deploy/k8s test -Dtest=RealmImportTest -Dptce.regenerate=true");
    }

    @Test
    void theImportedRealmIsTheRealmFileWithoutDemoUsersAndSecrets() {
        JsonNode source = Yaml.json(RealmImports.REALM);
        ObjectNode imported = (ObjectNode) Rendered.of("local").get("KeycloakRealmImport", "ptce-realm").path("spec").path("realm");

        // Put back what was taken out: then it must be the realm file, field for field.
        ObjectNode restored = imported.deepCopy();
        List<JsonNode> demoUsers = new ArrayList<>();
        source.path("users").forEach(u -> {
            if (!u.hasNonNull("serviceAccountClientId")) {
                demoUsers.add(u);
            }
        });
        assertFalse(demoUsers.isEmpty(), "the launcher's realm has demo users; none may be imported");
        restored.set("users", source.path("users").deepCopy());
        for (int i = 0; i < restored.path("clients").size(); i++) {
            JsonNode original = source.path("clients").get(i);
            ObjectNode client = (ObjectNode) restored.path("clients").get(i);
            if (original.has("secret")) {
                assertEquals("${" + RealmImports.placeholder(original.path("clientId").asText()) + "}",
                        client.path("secret").asText(), "client secret replaced by a placeholder");
                client.set("secret", original.get("secret"));
            }
        }
        assertEquals(source, restored, "the imported realm differs from realm-ptce.json beyond users and secrets");

        List<String> leaks = new ArrayList<>();
        findSecrets(imported, "", leaks);
        assertEquals(List.of(), leaks, "secret values in the import");
        imported.path("users").forEach(u -> assertTrue(u.hasNonNull("serviceAccountClientId"),
                "only service-account users are imported, not " + u.path("username")));

        JsonNode placeholders = Rendered.of("local").get("KeycloakRealmImport", "ptce-realm").path("spec").path("placeholders");
        imported.path("clients").forEach(c -> {
            if (c.has("secret")) {
                String name = RealmImports.placeholder(c.path("clientId").asText());
                assertEquals(RealmImports.SECRET, placeholders.path(name).path("secret").path("name").asText(),
                        "placeholder " + name + " is filled from the Secret " + RealmImports.SECRET);
            }
        });
    }

    @Test
    void productionOnlyClosesWhatTheDemoRealmOpens() {
        JsonNode base = Rendered.of("local").get("KeycloakRealmImport", "ptce-realm").path("spec").path("realm");
        JsonNode prod = Rendered.of("prod").get("KeycloakRealmImport", "ptce-realm").path("spec").path("realm");
        TreeSet<String> changed = new TreeSet<>();
        diff(base, prod, "", changed);
        TreeSet<String> unexpected = new TreeSet<>(changed);
        unexpected.removeAll(PROD_HARDENING);
        assertEquals(new TreeSet<>(), unexpected, "prod realm patch touched other fields (did the clients' order change?)");
        JsonNode front = null;
        for (JsonNode c : prod.path("clients")) {
            if (c.path("clientId").asText().equals("ptce-front")) {
                front = c;
            }
        }
        assertTrue(front != null && !front.path("directAccessGrantsEnabled").asBoolean(true), "no password grant in production");
        assertFalse(front.path("redirectUris").toString().contains("localhost"), "no localhost redirect in production");
        assertTrue(prod.path("bruteForceProtected").asBoolean(), "brute-force protection in production");
        assertTrue(Set.of("external", "all").contains(prod.path("sslRequired").asText()), "TLS required in production");
    }

    /** Paths (clients keyed by clientId) whose values differ. */
    private static void diff(JsonNode a, JsonNode b, String path, Set<String> out) {
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(a.path(k), b.path(k), path + "/" + k, out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size() && path.equals("/clients")) {
            for (int i = 0; i < a.size(); i++) {
                diff(a.get(i), b.get(i), path + "/" + a.get(i).path("clientId").asText(), out);
            }
        } else if (!a.equals(b)) {
            out.add(path);
        }
    }

    private static void findSecrets(JsonNode node, String path, List<String> leaks) {
        node.fields().forEachRemaining(e -> {
            String key = e.getKey().toLowerCase();
            boolean secretName = key.contains("secret") || key.contains("password") || key.equals("credentials")
                    || key.contains("privatekey");
            if (secretName && e.getValue().isValueNode() && !e.getValue().asText().matches("\\$\\{[A-Z0-9_]+}")) {
                leaks.add(path + "/" + e.getKey());
            } else if (secretName && e.getValue().isContainerNode()) {
                leaks.add(path + "/" + e.getKey());
            } else {
                findSecrets(e.getValue(), path + "/" + e.getKey(), leaks);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findSecrets(node.get(i), path + "/" + i, leaks);
            }
        }
    }
}

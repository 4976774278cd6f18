package fr.gouv.ptce.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** deploy/keycloak/realm-ptce.json says what README and DemoAccounts promise. */
class RealmFileTest {

    private static final JsonNode REALM = read();

    private static JsonNode read() {
        try {
            Path root = Layout.findRepoRoot(Path.of("."));
            return new ObjectMapper().readTree(new Layout(root, root.resolve(".ptce")).realmFile().toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode client(String id) {
        for (JsonNode c : REALM.get("clients")) {
            if (c.get("clientId").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no client " + id);
    }

    private static JsonNode user(String username) {
        for (JsonNode u : REALM.get("users")) {
            if (u.get("username").asText().equals(username)) {
                return u;
            }
        }
        throw new AssertionError("no user " + username);
    }

    @Test
    void realm_ptce_has_the_seven_roles_and_tokens_valid_one_hour() {
        assertEquals("ptce", REALM.get("realm").asText());
        Set<String> roles = new HashSet<>();
        REALM.get("roles").get("realm").forEach(r -> roles.add(r.get("name").asText()));
        assertEquals(Set.of("porteur", "instructeur", "evaluateur", "comite", "gestionnaire", "admin", "partenaire"), roles);
        assertTrue(REALM.get("accessTokenLifespan").asInt() >= 3600);
    }

    @Test
    void the_front_end_client_is_public_with_pkce_and_the_password_grant_only_here() {
        JsonNode front = client(DemoAccounts.FRONT_CLIENT);
        assertTrue(front.get("publicClient").asBoolean());
        assertTrue(front.get("standardFlowEnabled").asBoolean());
        assertEquals("S256", front.get("attributes").get("pkce.code.challenge.method").asText());
        assertTrue(front.get("directAccessGrantsEnabled").asBoolean());
        assertTrue(front.get("description").asText().contains("ONLY in this local demo realm"));
    }

    @Test
    void the_partner_ministry_is_a_confidential_client_whose_service_account_is_partenaire() {
        JsonNode partner = client(DemoAccounts.PARTNER_CLIENT);
        assertFalse(partner.get("publicClient").asBoolean());
        assertTrue(partner.get("serviceAccountsEnabled").asBoolean());
        assertFalse(partner.get("directAccessGrantsEnabled").asBoolean());
        assertEquals(DemoAccounts.PARTNER_SECRET, partner.get("secret").asText());
        JsonNode account = user("service-account-" + DemoAccounts.PARTNER_CLIENT);
        assertEquals(DemoAccounts.PARTNER_CLIENT, account.get("serviceAccountClientId").asText());
        assertEquals("partenaire", account.get("realmRoles").get(0).asText());
    }

    @Test
    void every_demo_account_exists_with_its_role_verified_email_names_and_documented_password() {
        for (DemoAccounts.User expected : DemoAccounts.USERS) {
            JsonNode u = user(expected.username());
            assertEquals(expected.email(), u.get("email").asText());
            assertTrue(u.get("emailVerified").asBoolean());
            assertNotNull(u.get("firstName"));
            assertNotNull(u.get("lastName"));
            assertEquals(expected.role(), u.get("realmRoles").get(0).asText());
            JsonNode credential = u.get("credentials").get(0);
            assertEquals(expected.password(), credential.get("value").asText());
            assertFalse(credential.get("temporary").asBoolean());
            // the territorial scope: national for the numbered staff, one région for the regional accounts
            java.util.List<String> regions = new java.util.ArrayList<>();
            u.path("attributes").path("ptce_regions").forEach(r -> regions.add(r.asText()));
            assertEquals(expected.regions(), regions, expected.username() + "'s ptce_regions");
            assertEquals(DemoAccounts.TERRITORIAL.contains(expected.role()), !regions.isEmpty(),
                    expected.username() + ": every staff account of a territorial role has a scope, no one else");
        }
    }

    @Test
    void the_scope_attribute_is_admin_only_and_mapped_into_the_access_token() throws Exception {
        JsonNode profile = new ObjectMapper().readTree(REALM.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").get(0).path("config")
                .path("kc.user.profile.config").get(0).asText());
        JsonNode attribute = null;
        for (JsonNode a : profile.path("attributes")) {
            if (a.path("name").asText().equals("ptce_regions")) {
                attribute = a;
            }
        }
        assertNotNull(attribute, "ptce_regions is declared in the user profile (unmanaged attributes are dropped)");
        assertTrue(attribute.path("multivalued").asBoolean());
        assertEquals("[\"admin\"]", attribute.path("permissions").path("edit").toString(),
                "a user must never widen its own scope from the account console");
        JsonNode mapper = null;
        for (JsonNode m : client(DemoAccounts.FRONT_CLIENT).path("protocolMappers")) {
            if (m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper")) {
                mapper = m;
            }
        }
        assertNotNull(mapper, "ptce-front maps the scope into its tokens");
        assertEquals("ptce_regions", mapper.path("config").path("user.attribute").asText());
        assertEquals("ptce_regions", mapper.path("config").path("claim.name").asText());
        assertEquals("true", mapper.path("config").path("multivalued").asText());
        assertEquals("true", mapper.path("config").path("access.token.claim").asText());
    }
}

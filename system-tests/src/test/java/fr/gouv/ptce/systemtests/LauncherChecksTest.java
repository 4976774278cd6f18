package fr.gouv.ptce.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.LauncherException;
import fr.gouv.ptce.launcher.Layout;
import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Progress;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher checks of the foundation issue, against the platform the launcher started. */
@ExtendWith(PlatformExtension.class)
class LauncherChecksTest {

    @Test
    void every_service_reports_ready_up(PtceClient client) {
        for (Service s : SystemTestPlatform.services()) {
            PtceClient.Response r = client.get(s, "/q/health/ready", null);
            assertEquals(200, r.status(), s.moduleName() + ": " + r);
            assertEquals("UP", r.json().get("status").asText(), s.moduleName() + ": " + r);
        }
    }

    @Test
    void a_porteur_token_from_keycloak_is_accepted_and_no_token_is_refused(PtceClient client) {
        String token = client.tokenFor("porteur1");
        JsonNode claims = PtceClient.claims(token);
        assertEquals("porteur1", claims.get("preferred_username").asText());
        assertEquals("porteur1@demo.ptce.fr", claims.get("email").asText());
        assertTrue(claims.get("realm_access").get("roles").toString().contains("\"porteur\""), claims.toString());

        assertEquals(401, client.get(Service.CANDIDATURE, "/api/v1/campagnes", null).status());
        PtceClient.Response withToken = client.get(Service.CANDIDATURE, "/api/v1/campagnes", token);
        assertEquals(200, withToken.status(), withToken.toString());
    }

    @Test
    void a_bad_password_gets_no_token(PtceClient client) {
        PtceClient.Response r = client.tokenEndpoint(Map.of("grant_type", "password", "client_id", "ptce-front",
                "username", "porteur1", "password", "not-the-password"));
        assertEquals(400, r.status(), r.toString());
        assertEquals("invalid_grant", r.json().get("error").asText());
    }

    @Test
    void the_partner_ministry_gets_a_client_credentials_token_with_role_partenaire(PtceClient client) {
        JsonNode claims = PtceClient.claims(client.partnerToken());
        assertTrue(claims.get("realm_access").get("roles").toString().contains("\"partenaire\""), claims.toString());
        assertEquals("ministere-partenaire", claims.get("azp").asText());
    }

    @Test
    void mail_sent_to_the_platform_smtp_server_shows_in_the_mailbox(PtceClient client) throws Exception {
        java.util.Properties props = new java.util.Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(client.ports().smtp()));
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(props));
        String subject = "Essai du serveur SMTP " + java.util.UUID.randomUUID();
        message.setFrom("ne-pas-repondre@ptce.gouv.fr");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "evaluateur2@demo.ptce.fr");
        message.setSubject(subject, "UTF-8");
        message.setText("Votre évaluation est attendue.", "UTF-8");
        jakarta.mail.Transport.send(message);

        PtceClient.Mail mail = client.awaitMail("evaluateur2@demo.ptce.fr", m -> m.subject().equals(subject),
                java.time.Duration.ofSeconds(10));
        assertEquals("Votre évaluation est attendue.", mail.text().strip());
        assertEquals(List.of("evaluateur2@demo.ptce.fr"), mail.to());
    }

    @Test
    void ptce_up_while_the_platform_runs_says_so_and_starts_nothing(SystemTestPlatform platform) throws Exception {
        List<Platform.PartStatus> before = platform.platform().status();
        Layout layout = platform.platform().layout();

        ProcessBuilder script = new ProcessBuilder(layout.repoRoot().resolve("ptce").toString(), "up")
                .directory(layout.repoRoot().toFile()).redirectErrorStream(true);
        script.environment().put("PTCE_DATA", layout.dataDir().toString());
        script.environment().put("PTCE_PORT_OFFSET", Integer.toString(SystemTestPlatform.PORT_OFFSET));
        script.environment().put("PTCE_NO_BUILD", "1");
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("PTCE is already running"), output);
        assertEquals(pids(before), pids(platform.platform().status()), "no part was restarted or doubled");
    }

    @Test
    void up_on_taken_ports_names_them_and_starts_nothing(SystemTestPlatform platform, @TempDir Path otherData) {
        // A second platform (other data folder) on the same ports: every port is held by the first.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Platform twin = new Platform(new Layout(platform.platform().layout().repoRoot(), otherData),
                platform.platform().ports(), new Progress(new PrintStream(out)), SystemTestPlatform.services());

        LauncherException e = assertThrows(LauncherException.class, twin::up);
        assertEquals(LauncherException.Kind.PORT_TAKEN, e.kind());
        int keycloak = platform.platform().ports().keycloak();
        int postgres = platform.platform().ports().postgres();
        int candidature = platform.platform().ports().candidature();
        assertTrue(e.getMessage().contains(keycloak + " (keycloak)"), e.getMessage());
        assertTrue(e.getMessage().contains(postgres + " (postgresql)"), e.getMessage());
        assertTrue(e.getMessage().contains(candidature + " (candidature-service)"), e.getMessage());
        assertFalse(twin.isRunning());
    }

    @Test
    void keycloak_publishes_the_realm_the_services_trust(PtceClient client) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(client.keycloakUrl() + "/realms/ptce/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(client.keycloakUrl() + "/realms/ptce",
                PtceClient.JSON.readTree(r.body()).get("issuer").asText());
    }

    private static List<Long> pids(List<Platform.PartStatus> status) {
        List<Long> pids = new ArrayList<>();
        status.forEach(s -> pids.add(s.pid()));
        return pids;
    }
}

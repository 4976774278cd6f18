package fr.gouv.ptce.systemtests;

import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's ClamAV daemon (Debian's clamd, started by the launcher with the EICAR test signature)
 * stands between the public and candidature-service's database: the EICAR test file is refused with a
 * 422 naming the signature and leaves no row; a clean PDF is stored.
 */
@ExtendWith(PlatformExtension.class)
class AntivirusTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    /** EICAR's standard antivirus test file, in two halves so that this source is not itself flagged. */
    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void le_fichier_de_test_eicar_est_refuse_et_rien_n_est_stocke_un_pdf_sain_est_stocke(PtceClient client) throws Exception {
        String admin = client.tokenFor("admin1");
        PtceClient.Response k = client.post(Service.CANDIDATURE, "/api/v1/campagnes", admin, Map.of(
                "code", "SYS-AV-" + RUN, "libelle", "AMI PTCE — antivirus", "phase", "PHASE_1",
                "ouverture", "2020-01-01T00:00:00+01:00", "cloture", "2099-12-31T00:00:00+01:00"));
        assertEquals(201, k.status(), k.toString());
        String campagne = k.json().get("id").asText();
        assertEquals(200, client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + campagne + "/publication", admin,
                Map.of()).status());
        String porteur = client.tokenFor("porteur5");
        PtceClient.Response draft = client.post(Service.CANDIDATURE, "/api/v1/candidatures", porteur,
                Map.of("campagneId", campagne));
        assertEquals(201, draft.status(), draft.toString());
        String id = draft.json().get("id").asText();

        HttpResponse<String> infecte = joindre(client, porteur, id, "eicar.com", EICAR);
        assertEquals(422, infecte.statusCode(), infecte.body());
        assertTrue(infecte.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(infecte.body().contains("piece-infectee") && infecte.body().contains("Eicar-Test-Signature"),
                infecte.body());
        assertEquals(0, pieces(id), "nothing stored for an infected file");

        HttpResponse<String> sain = joindre(client, porteur, id, "statuts.pdf", PDF);
        assertEquals(201, sain.statusCode(), sain.body());
        assertEquals(1, pieces(id));
        assertEquals(1, client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/pieces", porteur).json().size());
    }

    /** Rows of piece joined to their content, read straight from candidature-service's database. */
    private static long pieces(String candidatureId) throws Exception {
        String url = "jdbc:postgresql://localhost:" + SystemTestPlatform.ports().postgres() + "/candidature";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement ps = c.prepareStatement("select count(*) from piece p join piece_contenu pc "
                     + "on pc.piece_id = p.id where p.candidature_id = ?")) {
            ps.setObject(1, UUID.fromString(candidatureId));
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> joindre(PtceClient client, String token, String candidatureId, String nom,
                                                byte[] contenu) throws Exception {
        String boundary = "----ptce" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nSTATUTS\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + nom
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(contenu);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(client.serviceUrl(Service.CANDIDATURE) + "/api/v1/candidatures/" + candidatureId + "/pieces"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}

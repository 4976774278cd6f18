package fr.gouv.ptce.systemtests.edition;

import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mandatory attachment of an application (a minimal PDF), sent as the front end sends it: multipart. */
final class PieceJointe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PieceJointe() {
    }

    static void deposer(PtceClient client, String jeton, String candidature, String type) {
        String frontiere = "----ptce" + UUID.randomUUID();
        String corps = "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + type.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                + "\r\n--" + frontiere + "--\r\n";
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(client.serviceUrl(Service.CANDIDATURE)
                            + "/api/v1/candidatures/" + candidature + "/pieces"))
                    .header("Authorization", "Bearer " + jeton).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(corps.getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

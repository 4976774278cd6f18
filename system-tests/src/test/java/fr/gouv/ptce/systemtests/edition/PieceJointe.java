package fr.gouv.ptce.systemtests.edition;

import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.Multipart;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A mandatory attachment of an application (a minimal PDF), sent as the front end sends it: multipart. */
final class PieceJointe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PieceJointe() {
    }

    static void deposer(PtceClient client, String jeton, String candidature, String type) {
        Multipart corps = Multipart.piece(type);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(client.serviceUrl(Service.CANDIDATURE)
                            + "/api/v1/candidatures/" + candidature + "/pieces"))
                    .header("Authorization", "Bearer " + jeton).header("Accept", "application/json")
                    .header("Content-Type", corps.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(corps.octets())).build(),
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

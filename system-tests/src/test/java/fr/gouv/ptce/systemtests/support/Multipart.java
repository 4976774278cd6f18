package fr.gouv.ptce.systemtests.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart body as the front end sends an attachment: one "type" field and one minimal PDF file. */
public record Multipart(String frontiere, byte[] octets) {

    public static Multipart piece(String type) {
        String frontiere = "----ptce" + UUID.randomUUID();
        String tete = "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + frontiere + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + type.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                + "\r\n--" + frontiere + "--\r\n";
        return new Multipart(frontiere, tete.getBytes(StandardCharsets.UTF_8));
    }

    /** The Content-Type header that names this body's boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + frontiere;
    }
}

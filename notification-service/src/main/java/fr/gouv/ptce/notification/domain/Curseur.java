package fr.gouv.ptce.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * An opaque page cursor: the (instant, id) of the last element served. Lists are ordered by
 * instant then id, both descending, so the next page is "strictly after" this pair — no OFFSET.
 */
public record Curseur(Instant instant, UUID id) {

    public String encoder() {
        String brut = instant.toEpochMilli() + ":" + instant.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(brut.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty for a cursor this service did not make (the caller answers 400). */
    public static Optional<Curseur> decoder(String texte) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(texte), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) {
                return Optional.empty();
            }
            Instant i = Instant.ofEpochSecond(Math.floorDiv(Long.parseLong(parts[0]), 1000L), Long.parseLong(parts[1]));
            return Optional.of(new Curseur(i, UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

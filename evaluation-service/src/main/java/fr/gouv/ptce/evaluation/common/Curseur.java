package fr.gouv.ptce.evaluation.common;

import fr.gouv.ptce.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque pagination cursor: the (instant, id) of the last element served, so the next page starts
 * strictly after it (keyset pagination, no OFFSET). Clients must not build it themselves.
 */
public record Curseur(Instant instant, UUID id) {

    public String encoder() {
        String brut = instant.getEpochSecond() + ":" + instant.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(brut.getBytes(StandardCharsets.UTF_8));
    }

    public static Curseur decoder(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(valeur), StandardCharsets.UTF_8).split(":", 3);
            return new Curseur(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("curseur", "curseur illisible : reprenez la liste depuis le début");
        }
    }
}

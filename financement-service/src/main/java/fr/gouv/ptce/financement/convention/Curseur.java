package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque position in a list ordered by (creation instant, id): the next page starts strictly
 * after it, so pages neither skip nor repeat rows when new agreements arrive, and no OFFSET is scanned.
 */
record Curseur(Instant creeeLe, UUID id) {

    String encoder() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, creeeLe);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Curseur decoder(String texte) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(texte), StandardCharsets.UTF_8).split(":", 2);
            return new Curseur(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("curseur", "curseur illisible : reprenez la liste depuis le début");
        }
    }
}

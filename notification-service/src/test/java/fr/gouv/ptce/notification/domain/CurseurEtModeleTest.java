package fr.gouv.ptce.notification.domain;

import fr.gouv.ptce.commons.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurseurEtModeleTest {

    @Test
    void unCurseurSeRelitALIdentiqueEtUnCurseurAltereEstRefuse() {
        Curseur c = new Curseur(Instant.parse("2023-07-12T09:30:00.123456Z"), UUID.randomUUID());
        assertEquals(Optional.of(c), Curseur.decoder(c.encoder()));
        assertTrue(Curseur.decoder("n'importe quoi").isEmpty());
        assertTrue(Curseur.decoder("").isEmpty());
    }

    @Test
    void leDomaineResteDuJavaSimpleEtLeServiceNImporteAucunAutre() {
        ArchitectureRules.check("notification");
    }
}

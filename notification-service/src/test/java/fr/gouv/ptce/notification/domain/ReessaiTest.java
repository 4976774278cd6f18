package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReessaiTest {

    private static final Instant T = Instant.parse("2023-07-31T10:00:00Z");
    private final Reessai reessai = new Reessai(5, Duration.ofSeconds(30), Duration.ofMinutes(2));

    @Test
    void leDelaiDoubleAChaqueEchecJusquAuPlafond() {
        assertEquals(Optional.of(T.plusSeconds(30)), reessai.prochaineTentative(1, T));
        assertEquals(Optional.of(T.plusSeconds(60)), reessai.prochaineTentative(2, T));
        assertEquals(Optional.of(T.plusSeconds(120)), reessai.prochaineTentative(3, T));
        assertEquals(Optional.of(T.plusSeconds(120)), reessai.prochaineTentative(4, T));
    }

    @Test
    void apresLeNombreMaximalDeTentativesOnAbandonne() {
        assertEquals(Optional.empty(), reessai.prochaineTentative(5, T));
        assertEquals(Optional.empty(), reessai.prochaineTentative(6, T));
    }

    @Test
    void desReglagesIncoherentsSontRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new Reessai(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Reessai(3, Duration.ofSeconds(5), Duration.ofSeconds(2)));
    }

    @Test
    void unTresGrandNombreDEchecsNeDebordePas() {
        Reessai long_ = new Reessai(1000, Duration.ofMillis(200), Duration.ofHours(1));
        assertEquals(Optional.of(T.plus(Duration.ofHours(1))), long_.prochaineTentative(999, T));
    }
}

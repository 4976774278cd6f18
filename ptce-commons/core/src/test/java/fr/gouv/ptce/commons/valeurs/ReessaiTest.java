package fr.gouv.ptce.commons.valeurs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReessaiTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final Reessai sansGigue = new Reessai(5, Duration.ofSeconds(30), Duration.ofMinutes(2), 0, () -> 0.5);

    @Test
    void leDelaiDoubleAChaqueEchecJusquAuPlafond() {
        assertEquals(Optional.of(T.plusSeconds(30)), sansGigue.prochaineTentative(1, T));
        assertEquals(Optional.of(T.plusSeconds(60)), sansGigue.prochaineTentative(2, T));
        assertEquals(Optional.of(T.plusSeconds(120)), sansGigue.prochaineTentative(3, T));
        assertEquals(Optional.of(T.plusSeconds(120)), sansGigue.prochaineTentative(4, T));
    }

    @Test
    void apresLeNombreMaximalDeTentativesOnAbandonne() {
        assertTrue(sansGigue.encore(4));
        assertFalse(sansGigue.encore(5));
        assertEquals(Optional.empty(), sansGigue.prochaineTentative(5, T));
    }

    @Test
    void laGigueRetireAuPlusSaPartDuDelai() {
        Reessai auPire = new Reessai(5, Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2, () -> 0.999_999);
        Reessai auMieux = new Reessai(5, Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2, () -> 0.0);
        assertEquals(Duration.ofSeconds(20), auMieux.delai(2));
        Duration d = auPire.delai(2);
        assertTrue(d.compareTo(Duration.ofSeconds(16)) >= 0 && d.compareTo(Duration.ofSeconds(20)) < 0, d.toString());
        Reessai usuel = new Reessai(5, Duration.ofSeconds(10), Duration.ofMinutes(1));
        for (int i = 0; i < 100; i++) {
            Duration u = usuel.delai(3);
            assertTrue(u.compareTo(Duration.ofSeconds(32)) >= 0 && u.compareTo(Duration.ofSeconds(40)) <= 0, u.toString());
        }
    }

    @Test
    void leDelaiDemandeParLeServeurPasseAvantMaisResteBorne() {
        assertEquals(Duration.ofSeconds(3), sansGigue.delai(1, Optional.of(Duration.ofSeconds(3))));
        assertEquals(Duration.ofMinutes(2), sansGigue.delai(1, Optional.of(Duration.ofHours(1))));
        assertEquals(Duration.ofSeconds(30), sansGigue.delai(1, Optional.empty()));
    }

    @Test
    void unTresGrandNombreDEchecsNeDebordePas() {
        Reessai long_ = new Reessai(1000, Duration.ofMillis(200), Duration.ofHours(1), 0, () -> 0);
        assertEquals(Duration.ofHours(1), long_.delai(999));
    }

    @Test
    void desReglagesIncoherentsSontRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new Reessai(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Reessai(3, Duration.ofSeconds(5), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class, () -> new Reessai(3, Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5, Math::random));
    }

    @Test
    void retryAfterEnSecondesOuEnDateHttp() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), Reessai.lireRetryAfter("120", T));
        assertEquals(Optional.of(Duration.ofSeconds(30)), Reessai.lireRetryAfter("Mon, 02 Mar 2026 10:00:30 GMT", T));
        assertEquals(Optional.of(Duration.ZERO), Reessai.lireRetryAfter("Mon, 02 Mar 2026 09:00:00 GMT", T));
        assertEquals(Optional.empty(), Reessai.lireRetryAfter("bientôt", T));
        assertEquals(Optional.empty(), Reessai.lireRetryAfter(null, T));
    }
}

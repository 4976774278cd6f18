package fr.gouv.ptce.commons.valeurs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReessaiSelonCalendrierTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final ReessaiSelonCalendrier standard =
            new ReessaiSelonCalendrier(ReessaiSelonCalendrier.STANDARD_WEBHOOKS, 0, () -> 0.5);

    @Test
    void suitLeCalendrierDeStandardWebhooks() {
        assertEquals(8, standard.maxTentatives());
        List<Duration> attendus = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
        for (int echec = 1; echec <= 7; echec++) {
            assertEquals(Optional.of(T.plus(attendus.get(echec - 1))), standard.prochaineTentative(echec, T), "échec " + echec);
        }
    }

    @Test
    void apresLeDernierDelaiOnAbandonne() {
        assertTrue(standard.encore(7));
        assertFalse(standard.encore(8));
        assertEquals(Optional.empty(), standard.prochaineTentative(8, T));
    }

    @Test
    void laGigueRetireAuPlusSaPartDuDelai() {
        ReessaiSelonCalendrier auPire = new ReessaiSelonCalendrier(List.of(Duration.ofSeconds(10)), 0.1, () -> 0.999_999);
        Duration d = auPire.delai(1);
        assertTrue(d.compareTo(Duration.ofSeconds(9)) >= 0 && d.compareTo(Duration.ofSeconds(10)) < 0, d.toString());
        ReessaiSelonCalendrier usuel = new ReessaiSelonCalendrier(List.of(Duration.ofMinutes(5), Duration.ofMinutes(30)));
        for (int i = 0; i < 100; i++) {
            Duration u = usuel.delai(2);
            assertTrue(u.compareTo(Duration.ofMinutes(27)) >= 0 && u.compareTo(Duration.ofMinutes(30)) <= 0, u.toString());
        }
    }

    @Test
    void desReglagesIncoherentsSontRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new ReessaiSelonCalendrier(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ReessaiSelonCalendrier(List.of(Duration.ofSeconds(-1))));
        assertThrows(IllegalArgumentException.class,
                () -> new ReessaiSelonCalendrier(List.of(Duration.ofSeconds(1)), 2, Math::random));
    }
}

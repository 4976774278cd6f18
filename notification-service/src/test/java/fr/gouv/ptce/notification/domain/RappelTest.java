package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RappelTest {

    /** 31 July 2023 at noon, Paris time. */
    private static final Instant CLOTURE = Instant.parse("2023-07-31T10:00:00Z");

    @Test
    void rienAvantJ7() {
        assertEquals(Optional.empty(), Rappel.du(CLOTURE, CLOTURE.minus(Duration.ofDays(7)).minusMillis(1)));
    }

    @Test
    void j7DesLeSeptiemeJourAvantPuisJ1LaVeille() {
        assertEquals(Optional.of(Rappel.J7), Rappel.du(CLOTURE, CLOTURE.minus(Duration.ofDays(7))));
        assertEquals(Optional.of(Rappel.J7), Rappel.du(CLOTURE, CLOTURE.minus(Duration.ofDays(1)).minusMillis(1)));
        assertEquals(Optional.of(Rappel.J1), Rappel.du(CLOTURE, CLOTURE.minus(Duration.ofDays(1))));
        assertEquals(Optional.of(Rappel.J1), Rappel.du(CLOTURE, CLOTURE.minusMillis(1)));
    }

    @Test
    void rienUneFoisLaClotureAtteinte() {
        assertEquals(Optional.empty(), Rappel.du(CLOTURE, CLOTURE));
        assertEquals(Optional.empty(), Rappel.du(CLOTURE, CLOTURE.plusSeconds(1)));
    }

    @Test
    void unRapportDuUnJourPeutEtreRenduJusquALaFinDeCeJourAParis() {
        assertEquals(Instant.parse("2024-11-15T23:00:00Z"),
                Rappel.finDeJournee(LocalDate.of(2024, 11, 15), ZoneId.of("Europe/Paris")));
    }
}

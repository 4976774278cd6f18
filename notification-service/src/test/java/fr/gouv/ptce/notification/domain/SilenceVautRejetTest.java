package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SilenceVautRejetTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void deuxMoisApresLeJourDeReceptionAParis() {
        assertEquals(LocalDate.of(2023, 9, 12), SilenceVautRejet.rejetImpliciteLe(Instant.parse("2023-07-12T09:30:00Z"), PARIS));
        // 23 h 30 UTC on 31 July is already 1 August in Paris: the day of receipt is the one in Paris.
        assertEquals(LocalDate.of(2023, 10, 1), SilenceVautRejet.rejetImpliciteLe(Instant.parse("2023-07-31T23:30:00Z"), PARIS));
    }

    @Test
    void unJourQuiNExistePasDansLeMoisDArriveeDonneLeDernierJourDuMois() {
        assertEquals(LocalDate.of(2024, 2, 29), SilenceVautRejet.rejetImpliciteLe(Instant.parse("2023-12-31T10:00:00Z"), PARIS));
        assertEquals(LocalDate.of(2023, 2, 28), SilenceVautRejet.rejetImpliciteLe(Instant.parse("2022-12-31T10:00:00Z"), PARIS));
    }
}

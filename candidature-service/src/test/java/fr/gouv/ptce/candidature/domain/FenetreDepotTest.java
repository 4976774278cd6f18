package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FenetreDepotTest {

    @Test
    void phase2AMidiPile() {
        FenetreDepot f = FenetreDepot.pour(Phase.PHASE_2, OffsetDateTime.parse("2023-06-01T00:00:00+02:00"),
                OffsetDateTime.parse("2023-07-31T12:00:00+02:00"));
        assertTrue(f.estOuverte(Instant.parse("2023-07-31T09:59:59.999Z")));
        assertFalse(f.estOuverte(Instant.parse("2023-07-31T10:00:00Z")));
        assertTrue(f.estOuverte(Instant.parse("2023-05-31T22:00:00Z")));
        assertFalse(f.estOuverte(Instant.parse("2023-05-31T21:59:59.999Z")));
    }

    @Test
    void phase1FinDeJourneeParisEnHiverEtEte() {
        assertEquals(Instant.parse("2023-12-31T23:00:00Z"), FenetreDepot.finDeJournee(OffsetDateTime.parse("2023-12-31T08:00:00+01:00")));
        assertEquals(Instant.parse("2023-07-31T22:00:00Z"), FenetreDepot.finDeJournee(OffsetDateTime.parse("2023-07-31T00:00:00+02:00")));
    }

    @Test
    void phase1FinDeJourneeLesJoursDeChangementDHeure() {
        // 25-hour day
        assertEquals(Instant.parse("2023-10-29T23:00:00Z"), FenetreDepot.finDeJournee(OffsetDateTime.parse("2023-10-29T12:00:00+01:00")));
        // 23-hour day
        assertEquals(Instant.parse("2024-03-31T22:00:00Z"), FenetreDepot.finDeJournee(OffsetDateTime.parse("2024-03-31T12:00:00+02:00")));
        // A UTC instant late in the evening already belongs to the next Paris day.
        assertEquals(Instant.parse("2024-01-01T23:00:00Z"), FenetreDepot.finDeJournee(OffsetDateTime.parse("2023-12-31T23:30:00Z")));
        FenetreDepot f = FenetreDepot.pour(Phase.PHASE_1, OffsetDateTime.parse("2023-10-01T00:00:00+02:00"),
                OffsetDateTime.parse("2023-10-29T00:00:00+02:00"));
        assertEquals(Instant.parse("2023-10-29T22:59:59.999Z"), f.dernierInstantAccepte());
    }
}

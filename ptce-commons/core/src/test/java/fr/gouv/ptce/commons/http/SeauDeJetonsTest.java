package fr.gouv.ptce.commons.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeauDeJetonsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SeauDeJetons seaux = new SeauDeJetons(60, 5, nanos::get); // 1 per second, burst 5

    @Test
    void laRafaleEstAccepteePuisLeDebitSAppliquePourChaqueClient() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, seaux.prendre("a"));
        }
        long attente = seaux.prendre("a");
        assertTrue(attente > 0 && attente <= 1_000_000_000L, "attente " + attente);
        assertEquals(0, seaux.prendre("b"), "un autre client a son propre seau");
        nanos.addAndGet(1_000_000_000L);
        assertEquals(0, seaux.prendre("a"));
        assertTrue(seaux.prendre("a") > 0);
    }

    @Test
    void leSeauNeDepassePasLaRafaleApresUnLongSilence() {
        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, seaux.prendre("c"));
        }
        assertTrue(seaux.prendre("c") > 0);
    }

    @Test
    void desReglagesNulsSontRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new SeauDeJetons(0, 5, nanos::get));
    }
}

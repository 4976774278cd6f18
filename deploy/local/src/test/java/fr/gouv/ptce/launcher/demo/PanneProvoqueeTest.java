package fr.gouv.ptce.launcher.demo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's provoked incident touches one campaign's new agreements only, under a name of its
 * edition, and its removal leaves nothing behind (the trigger, then its function).
 */
class PanneProvoqueeTest {

    private static final UUID CAMPAGNE = UUID.fromString("0b5c1f7e-9d3a-4c1e-8f2a-7a1d2e3f4a5b");

    @Test
    void leDeclencheurNeRefuseQueLesConventionsDeLaCampagneDeLaDemo() {
        String nom = PanneProvoquee.nom("T5K2QX");
        assertEquals("ptce_demo_panne_t5k2qx", nom);
        List<String> sql = PanneProvoquee.installation(nom, CAMPAGNE);
        assertEquals(3, sql.size(), sql.toString());
        assertTrue(sql.get(0).startsWith("create or replace function ptce_demo_panne_t5k2qx() returns trigger"), sql.get(0));
        assertTrue(sql.get(0).contains("if new.campagne_id = '" + CAMPAGNE + "'::uuid then raise exception '"
                + PanneProvoquee.MOTIF), sql.get(0));
        assertEquals("create trigger ptce_demo_panne_t5k2qx before insert on convention for each row execute function"
                + " ptce_demo_panne_t5k2qx()", sql.get(2));
        assertEquals(List.of("drop trigger if exists ptce_demo_panne_t5k2qx on convention",
                "drop function if exists ptce_demo_panne_t5k2qx()"), PanneProvoquee.retrait(nom));
    }

    @Test
    void unCodeDEditionQuiNEstPasAlphanumeriqueNeDevientPasDuSql() {
        assertThrows(IllegalArgumentException.class, () -> PanneProvoquee.nom("X; drop table convention"));
        assertThrows(IllegalArgumentException.class, () -> PanneProvoquee.nom(""));
    }
}

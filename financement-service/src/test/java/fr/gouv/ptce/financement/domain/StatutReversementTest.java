package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.RefusMetier;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clawback's life cycle as a table, and the ceiling of what may be clawed back. */
class StatutReversementTest {

    @Test
    void laTableDesTransitions() {
        assertEquals(EnumSet.of(StatutReversement.TITRE_EMIS, StatutReversement.ANNULE), StatutReversement.DEMANDE.suivants());
        assertEquals(EnumSet.of(StatutReversement.RECOUVRE, StatutReversement.ANNULE), StatutReversement.TITRE_EMIS.suivants());
        assertTrue(StatutReversement.RECOUVRE.suivants().isEmpty());
        assertTrue(StatutReversement.ANNULE.suivants().isEmpty());
        assertEquals(StatutReversement.RECOUVRE,
                StatutReversement.DEMANDE.vers(StatutReversement.TITRE_EMIS).vers(StatutReversement.RECOUVRE));
    }

    @Test
    void unPassageHorsTableEstRefuseEnNommantLeStatut() {
        TransitionInterditeException e = assertThrows(TransitionInterditeException.class,
                () -> StatutReversement.DEMANDE.vers(StatutReversement.RECOUVRE));
        assertEquals("DEMANDE", e.statut());
        assertThrows(TransitionInterditeException.class, () -> StatutReversement.RECOUVRE.vers(StatutReversement.ANNULE));
        assertThrows(TransitionInterditeException.class, () -> StatutReversement.ANNULE.vers(StatutReversement.TITRE_EMIS));
        assertThrows(TransitionInterditeException.class, () -> StatutReversement.TITRE_EMIS.vers(StatutReversement.TITRE_EMIS));
    }

    @Test
    void toutStatutEstAtteintDepuisLaDemandeEtToutStatutNonFinalAUneIssue() {
        Set<StatutReversement> atteints = EnumSet.of(StatutReversement.DEMANDE);
        Deque<StatutReversement> file = new ArrayDeque<>(atteints);
        while (!file.isEmpty()) {
            for (StatutReversement s : file.pop().suivants()) {
                if (atteints.add(s)) {
                    file.add(s);
                }
            }
        }
        assertEquals(EnumSet.allOf(StatutReversement.class), atteints);
        for (StatutReversement s : StatutReversement.values()) {
            boolean final_ = s == StatutReversement.RECOUVRE || s == StatutReversement.ANNULE;
            assertEquals(final_, s.suivants().isEmpty(), s.name());
            assertEquals(s == StatutReversement.DEMANDE || s == StatutReversement.TITRE_EMIS, s.enCours(), s.name());
        }
        assertFalse(StatutReversement.ANNULE.compte());
        assertTrue(StatutReversement.RECOUVRE.compte());
    }

    @Test
    void leReversementNeDepassePasLePayeNetDesReversementsDejaDemandes() {
        PlafondReversement.verifier(3_000_000, 10_000_000, 7_000_000); // exactly what is left
        RefusMetier refus = assertThrows(RefusMetier.class, () -> PlafondReversement.verifier(3_000_001, 10_000_000, 7_000_000));
        assertEquals(PlafondReversement.CODE, refus.code());
        assertTrue(refus.getMessage().contains("30000.00"), refus.getMessage());
        assertThrows(RefusMetier.class, () -> PlafondReversement.verifier(1, 0, 0), "rien de payé, rien à reverser");
        assertThrows(IllegalArgumentException.class, () -> PlafondReversement.verifier(0, 10, 0));
        assertThrows(IllegalStateException.class, () -> PlafondReversement.restant(10, 11));
        assertEquals(4, PlafondReversement.restant(10, 6));
    }
}

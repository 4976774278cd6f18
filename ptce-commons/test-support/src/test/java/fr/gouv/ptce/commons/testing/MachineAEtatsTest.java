package fr.gouv.ptce.commons.testing;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fault the checker looks for is refused on a small machine that has it; a sound one passes. */
class MachineAEtatsTest {

    enum Etat { NOUVEAU, EN_COURS, ATTENTE, FINI, ABANDONNE }

    private static MachineAEtats<Etat> machine(Map<Etat, Set<Etat>> table) {
        return MachineAEtats.de(Etat.class, e -> table.getOrDefault(e, EnumSet.noneOf(Etat.class)));
    }

    private static final Map<Etat, Set<Etat>> SAINE = Map.of(
            Etat.NOUVEAU, EnumSet.of(Etat.EN_COURS, Etat.ABANDONNE),
            Etat.EN_COURS, EnumSet.of(Etat.ATTENTE, Etat.FINI),
            Etat.ATTENTE, EnumSet.of(Etat.EN_COURS, Etat.ABANDONNE));

    @Test
    void uneMachineSansImpasseEstAcceptee() {
        assertDoesNotThrow(() -> machine(SAINE).initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE).verifier());
    }

    @Test
    void unEtatNonTerminalSansSortieEstUneImpasse() {
        AssertionError e = assertThrows(AssertionError.class, () -> machine(Map.of(
                Etat.NOUVEAU, EnumSet.of(Etat.EN_COURS, Etat.ABANDONNE),
                Etat.EN_COURS, EnumSet.of(Etat.ATTENTE, Etat.FINI)))
                .initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE).verifier());
        assertTrue(e.getMessage().contains("ATTENTE n'est pas terminal et n'a aucune sortie"), e.getMessage());
    }

    @Test
    void unEtatTerminalQuiMeneAilleursEstRefuse() {
        assertEquals(1, machine(SAINE).initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE, Etat.ATTENTE)
                .fautes().stream().filter(f -> f.startsWith("ATTENTE est terminal mais mène à")).count());
    }

    @Test
    void unEtatQueRienNAtteintEstSignale() {
        AssertionError e = assertThrows(AssertionError.class, () -> machine(Map.of(
                Etat.NOUVEAU, EnumSet.of(Etat.EN_COURS),
                Etat.EN_COURS, EnumSet.of(Etat.FINI),
                Etat.ATTENTE, EnumSet.of(Etat.FINI)))
                .initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE).verifier());
        assertTrue(e.getMessage().contains("ATTENTE n'est atteint depuis aucun état initial"), e.getMessage());
        assertTrue(e.getMessage().contains("ABANDONNE n'est atteint depuis aucun état initial"), e.getMessage());
    }

    @Test
    void uneBoucleSansIssueEstSignalee() {
        AssertionError e = assertThrows(AssertionError.class, () -> machine(Map.of(
                Etat.NOUVEAU, EnumSet.of(Etat.EN_COURS, Etat.FINI, Etat.ABANDONNE),
                Etat.EN_COURS, EnumSet.of(Etat.ATTENTE),
                Etat.ATTENTE, EnumSet.of(Etat.EN_COURS)))
                .initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE).verifier());
        assertTrue(e.getMessage().contains("depuis EN_COURS, aucun état terminal n'est atteignable"), e.getMessage());
        assertTrue(e.getMessage().contains("depuis ATTENTE, aucun état terminal n'est atteignable"), e.getMessage());
    }

    @Test
    void resterSurPlaceNEstPasUneTransition() {
        AssertionError e = assertThrows(AssertionError.class, () -> machine(Map.of(
                Etat.NOUVEAU, EnumSet.of(Etat.NOUVEAU, Etat.EN_COURS),
                Etat.EN_COURS, EnumSet.of(Etat.ATTENTE, Etat.FINI),
                Etat.ATTENTE, EnumSet.of(Etat.ABANDONNE)))
                .initiaux(Etat.NOUVEAU).terminaux(Etat.FINI, Etat.ABANDONNE).verifier());
        assertTrue(e.getMessage().contains("NOUVEAU mène à lui-même"), e.getMessage());
    }

    @Test
    void sansEtatInitialNiTerminalRienNEstProuve() {
        AssertionError e = assertThrows(AssertionError.class, () -> machine(SAINE).verifier());
        assertTrue(e.getMessage().contains("aucun état initial"), e.getMessage());
        assertTrue(e.getMessage().contains("aucun état terminal"), e.getMessage());
    }
}

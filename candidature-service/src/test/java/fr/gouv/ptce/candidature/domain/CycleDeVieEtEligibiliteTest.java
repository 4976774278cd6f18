package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static fr.gouv.ptce.candidature.domain.StatutCandidature.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CycleDeVieEtEligibiliteTest {

    @Test
    void transitionsPermises() {
        assertEquals(DEPOSEE, CycleDeVie.deposer(BROUILLON));
        assertEquals(DEPOSEE, CycleDeVie.deposer(CORRECTIONS_DEMANDEES));
        assertEquals(EN_INSTRUCTION, CycleDeVie.demarrerInstruction(DEPOSEE));
        assertEquals(CORRECTIONS_DEMANDEES, CycleDeVie.demanderCorrections(EN_INSTRUCTION));
        assertEquals(REFUSEE, CycleDeVie.declarerIrrecevable(EN_INSTRUCTION));
        assertEquals(ACCEPTEE, CycleDeVie.decider(EN_INSTRUCTION, Decision.LAUREAT));
        assertEquals(LISTE_ATTENTE, CycleDeVie.decider(EN_INSTRUCTION, Decision.LISTE_ATTENTE));
        assertEquals(ACCEPTEE, CycleDeVie.decider(LISTE_ATTENTE, Decision.LAUREAT));
        assertEquals(REFUSEE, CycleDeVie.decider(LISTE_ATTENTE, Decision.NON_RETENU));
        assertEquals(SANS_SUITE, CycleDeVie.decider(DEPOSEE, Decision.SANS_SUITE));
        assertEquals(RETIREE, CycleDeVie.retirer(LISTE_ATTENTE));
        assertEquals(RETIREE, CycleDeVie.desister(ACCEPTEE));
    }

    @Test
    void transitionsInterditesNommentLeStatut() {
        TransitionInterditeException e = assertThrows(TransitionInterditeException.class, () -> CycleDeVie.deposer(EN_INSTRUCTION));
        assertTrue(e.getMessage().contains("EN_INSTRUCTION"));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.retirer(ACCEPTEE));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.retirer(RETIREE));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.demarrerInstruction(BROUILLON));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.decider(BROUILLON, Decision.LAUREAT));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.decider(ACCEPTEE, Decision.NON_RETENU));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.decider(LISTE_ATTENTE, Decision.LISTE_ATTENTE));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.desister(EN_INSTRUCTION));
        assertThrows(TransitionInterditeException.class, () -> CycleDeVie.declarerIrrecevable(ACCEPTEE));
    }

    @Test
    void eligibiliteComplete() {
        ReferentielTerritorial ref = ReferentielTerritorial.charger();
        CategoriesJuridiques cj = CategoriesJuridiques.charger();
        List<Eligibilite.Membre> membres = List.of(new Eligibilite.Membre("A", null, TypeMembre.ENTREPRISE_ESS),
                new Eligibilite.Membre("B", null, TypeMembre.ENTREPRISE_HORS_ESS),
                new Eligibilite.Membre("C", "73282932000074", TypeMembre.RECHERCHE));
        Eligibilite.Dossier ok = new Eligibilite.Dossier(Phase.PHASE_2, "73282932000074", "Pôle", "9220", "35238", membres,
                Set.of(TypePiece.STATUTS, TypePiece.BUDGET), "desc", "Claire", "c@x.fr", true);
        assertTrue(Eligibilite.verifier(ok, ref, cj).isEmpty());
        Eligibilite.Dossier ko = new Eligibilite.Dossier(Phase.PHASE_2, "73282932000074", "Pôle", "9220", "35238", membres,
                Set.of(TypePiece.STATUTS), "desc", "Claire", "c@x.fr", false);
        assertEquals(List.of("PIECE_BUDGET_ABSENTE", "PHASE_2_NON_ELIGIBLE"),
                Eligibilite.verifier(ko, ref, cj).stream().map(ViolationRegle::regle).toList());
    }
}

package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import org.junit.jupiter.api.Test;

import static fr.gouv.ptce.evaluation.domain.StatutInstruction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleInstructionTest {

    @Test
    void leParcoursNominal() {
        StatutInstruction s = CycleInstruction.prendreEnCharge(A_INSTRUIRE);
        assertThat(s).isEqualTo(EN_INSTRUCTION);
        s = CycleInstruction.demanderCorrections(s);
        assertThat(s).isEqualTo(CORRECTIONS_DEMANDEES);
        s = CycleInstruction.redeposer(s);
        assertThat(s).isEqualTo(A_INSTRUIRE);
        s = CycleInstruction.statuerRecevabilite(CycleInstruction.prendreEnCharge(s), true);
        assertThat(s).isEqualTo(RECEVABLE);
        s = CycleInstruction.affecterEvaluateur(s);
        assertThat(s).isEqualTo(EN_EVALUATION);
        assertThat(CycleInstruction.apresSoumission(s, 1, 2)).isEqualTo(EN_EVALUATION);
        s = CycleInstruction.apresSoumission(s, 2, 2);
        assertThat(s).isEqualTo(EVALUEE);
        assertThat(CycleInstruction.decider(s, null, TypeDecision.LAUREAT)).isEqualTo(DECIDEE);
    }

    @Test
    void unRefusNommeLeStatutActuel() {
        assertThatThrownBy(() -> CycleInstruction.prendreEnCharge(EN_INSTRUCTION))
                .isInstanceOfSatisfying(TransitionInterditeException.class,
                        e -> assertThat(e.statut()).isEqualTo("EN_INSTRUCTION"));
        assertThatThrownBy(() -> CycleInstruction.statuerRecevabilite(A_INSTRUIRE, true))
                .isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> CycleInstruction.affecterEvaluateur(IRRECEVABLE))
                .isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> CycleInstruction.decider(EN_EVALUATION, null, TypeDecision.LAUREAT))
                .isInstanceOf(TransitionInterditeException.class);
    }

    @Test
    void uneSeuleDecisionSaufLaPromotionDepuisLaListeDAttente() {
        assertThatThrownBy(() -> CycleInstruction.decider(DECIDEE, TypeDecision.LAUREAT, TypeDecision.LAUREAT))
                .isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> CycleInstruction.decider(DECIDEE, TypeDecision.LISTE_ATTENTE, TypeDecision.NON_RETENU))
                .isInstanceOf(TransitionInterditeException.class);
        assertThat(CycleInstruction.decider(DECIDEE, TypeDecision.LISTE_ATTENTE, TypeDecision.LAUREAT)).isEqualTo(DECIDEE);
        // Sans suite closes a file that could not be evaluated.
        assertThat(CycleInstruction.decider(RECEVABLE, null, TypeDecision.SANS_SUITE)).isEqualTo(DECIDEE);
    }

    @Test
    void leDesistementEtLeRetrait() {
        assertThat(CycleInstruction.desister(DECIDEE, TypeDecision.LAUREAT)).isEqualTo(DESISTEE);
        assertThatThrownBy(() -> CycleInstruction.desister(DECIDEE, TypeDecision.LISTE_ATTENTE))
                .isInstanceOf(TransitionInterditeException.class);
        assertThat(CycleInstruction.retirer(EN_EVALUATION, null)).isEqualTo(RETIREE);
        assertThat(CycleInstruction.retirer(DECIDEE, TypeDecision.LISTE_ATTENTE)).isEqualTo(RETIREE);
        assertThatThrownBy(() -> CycleInstruction.retirer(DECIDEE, TypeDecision.LAUREAT))
                .isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> CycleInstruction.retirer(RETIREE, null))
                .isInstanceOf(TransitionInterditeException.class);
    }

    @Test
    void lAffectationExigeLaDeclarationAvantLaNotation() {
        assertThatThrownBy(() -> CycleAffectation.noter(StatutAffectation.DECLARATION_ATTENDUE))
                .isInstanceOf(TransitionInterditeException.class);
        assertThat(CycleAffectation.peutLireLeDossier(StatutAffectation.DECLARATION_ATTENDUE)).isFalse();
        assertThat(CycleAffectation.declarerInterets(StatutAffectation.DECLARATION_ATTENDUE, true))
                .isEqualTo(StatutAffectation.CONFLIT);
        assertThat(CycleAffectation.peutLireLeDossier(StatutAffectation.CONFLIT)).isFalse();
        StatutAffectation s = CycleAffectation.declarerInterets(StatutAffectation.DECLARATION_ATTENDUE, false);
        assertThat(CycleAffectation.peutLireLeDossier(s)).isTrue();
        s = CycleAffectation.soumettre(s);
        assertThatThrownBy(() -> CycleAffectation.noter(StatutAffectation.SOUMISE))
                .isInstanceOf(TransitionInterditeException.class);
        assertThatThrownBy(() -> CycleAffectation.declarerInterets(StatutAffectation.EN_COURS, false))
                .isInstanceOf(TransitionInterditeException.class);
        assertThat(s).isEqualTo(StatutAffectation.SOUMISE);
    }
}

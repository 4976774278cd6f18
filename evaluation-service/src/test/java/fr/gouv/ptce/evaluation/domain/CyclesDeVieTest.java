package fr.gouv.ptce.evaluation.domain;

import fr.gouv.ptce.commons.testing.MachineAEtats;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The state tables of this service have no dead end, and the actions follow them exactly. */
class CyclesDeVieTest {

    /** Every first decision, plus "no decision yet". */
    private static final List<TypeDecision> DECISIONS = new ArrayList<>(Arrays.asList(TypeDecision.values()));

    static {
        DECISIONS.add(null);
    }

    @Test
    void unDossierVaToujoursJusquAUneIssue() {
        MachineAEtats.de(StatutInstruction.class, StatutInstruction::suivants)
                .initiaux(StatutInstruction.A_INSTRUIRE)
                .terminaux(StatutInstruction.IRRECEVABLE, StatutInstruction.DESISTEE, StatutInstruction.RETIREE)
                .verifier();
    }

    @Test
    void uneDecisionEnListeDAttenteAToujoursUneSuite() {
        MachineAEtats.de(TypeDecision.class, TypeDecision::suivantes)
                .initiaux(TypeDecision.values())
                .terminaux(TypeDecision.LAUREAT, TypeDecision.NON_RETENU, TypeDecision.SANS_SUITE)
                .verifier();
    }

    @Test
    void uneAffectationFinitSoumiseOuEnConflit() {
        MachineAEtats.de(StatutAffectation.class, StatutAffectation::suivants)
                .initiaux(StatutAffectation.DECLARATION_ATTENDUE)
                .terminaux(StatutAffectation.SOUMISE, StatutAffectation.CONFLIT)
                .verifier();
    }

    /** Every move the table allows is made by some action, and no action makes another one. */
    @Test
    void lesActionsFontExactementLesMouvementsDuDossier() {
        for (StatutInstruction s : StatutInstruction.values()) {
            List<Supplier<StatutInstruction>> actions = new ArrayList<>(List.of(
                    () -> CycleInstruction.prendreEnCharge(s), () -> CycleInstruction.demanderCorrections(s),
                    () -> CycleInstruction.statuerRecevabilite(s, true),
                    () -> CycleInstruction.statuerRecevabilite(s, false), () -> CycleInstruction.redeposer(s),
                    () -> CycleInstruction.affecterEvaluateur(s)));
            for (int soumises = 0; soumises <= 3; soumises++) {
                int n = soumises;
                actions.add(() -> CycleInstruction.apresSoumission(s, n, 2));
            }
            for (TypeDecision avant : DECISIONS) {
                actions.add(() -> CycleInstruction.clore(s, avant));
                actions.add(() -> CycleInstruction.desister(s, avant));
                actions.add(() -> CycleInstruction.retirer(s, avant));
                for (TypeDecision nouvelle : TypeDecision.values()) {
                    actions.add(() -> CycleInstruction.decider(s, avant, nouvelle, false));
                    actions.add(() -> CycleInstruction.decider(s, avant, nouvelle, true));
                }
            }
            Set<StatutInstruction> faits = EnumSet.noneOf(StatutInstruction.class);
            for (Supplier<StatutInstruction> action : actions) {
                try {
                    faits.add(action.get());
                } catch (TransitionInterditeException refus) {
                    // this action does not apply here
                }
            }
            faits.remove(s);
            assertThat(faits).as("mouvements depuis " + s).isEqualTo(s.suivants());
        }
    }

    @Test
    void seulsLaPromotionEtLaClotureChangentUneDecision() {
        Map<TypeDecision, Set<TypeDecision>> faits = new EnumMap<>(TypeDecision.class);
        for (TypeDecision avant : TypeDecision.values()) {
            faits.put(avant, EnumSet.noneOf(TypeDecision.class));
            for (TypeDecision nouvelle : TypeDecision.values()) {
                try {
                    CycleInstruction.decider(StatutInstruction.DECIDEE, avant, nouvelle);
                    faits.get(avant).add(nouvelle);
                } catch (TransitionInterditeException refus) {
                    // a single decision
                }
            }
            try {
                CycleInstruction.clore(StatutInstruction.DECIDEE, avant);
                faits.get(avant).add(TypeDecision.NON_RETENU);
            } catch (TransitionInterditeException refus) {
                // only the waiting list is closed
            }
            assertThat(faits.get(avant)).as("décisions après " + avant).isEqualTo(avant.suivantes());
        }
    }

    @Test
    void lesActionsDeLEvaluateurSuiventLeurTable() {
        Map<StatutAffectation, Set<StatutAffectation>> faits = new EnumMap<>(StatutAffectation.class);
        for (StatutAffectation s : StatutAffectation.values()) {
            faits.put(s, EnumSet.noneOf(StatutAffectation.class));
            for (Supplier<StatutAffectation> action : List.<Supplier<StatutAffectation>>of(
                    () -> CycleAffectation.declarerInterets(s, true), () -> CycleAffectation.declarerInterets(s, false),
                    () -> CycleAffectation.soumettre(s))) {
                try {
                    faits.get(s).add(action.get());
                } catch (TransitionInterditeException refus) {
                    // not from this status
                }
            }
            assertThat(faits.get(s)).as("mouvements depuis " + s).isEqualTo(s.suivants());
        }
    }
}

package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.testing.MachineAEtats;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The state tables of this service have no dead end, and the actions follow them exactly. */
class CyclesDeVieTest {

    @Test
    void uneCandidatureVaToujoursJusquAUneIssue() {
        MachineAEtats.de(StatutCandidature.class, StatutCandidature::suivants)
                .initiaux(StatutCandidature.BROUILLON)
                .terminaux(StatutCandidature.REFUSEE, StatutCandidature.SANS_SUITE, StatutCandidature.RETIREE)
                .verifier();
    }

    /** Every move the table allows is made by some action, and no action makes another one. */
    @Test
    void lesActionsFontExactementLesMouvementsDeLaTable() {
        List<UnaryOperator<StatutCandidature>> actions = new java.util.ArrayList<>(List.of(CycleDeVie::deposer,
                CycleDeVie::retirer, CycleDeVie::demarrerInstruction, CycleDeVie::demanderCorrections,
                CycleDeVie::declarerIrrecevable, CycleDeVie::desister));
        for (Decision d : Decision.values()) {
            actions.add(s -> CycleDeVie.decider(s, d));
        }
        Map<StatutCandidature, Set<StatutCandidature>> faits = new EnumMap<>(StatutCandidature.class);
        for (StatutCandidature s : StatutCandidature.values()) {
            faits.put(s, EnumSet.noneOf(StatutCandidature.class));
            for (UnaryOperator<StatutCandidature> action : actions) {
                try {
                    faits.get(s).add(action.apply(s));
                } catch (TransitionInterditeException refus) {
                    // this action does not apply to this status
                }
            }
            assertEquals(s.suivants(), faits.get(s), "mouvements depuis " + s);
        }
    }

    @Test
    void uneInscriptionFinitAnnuleeOuResteAssise() {
        MachineAEtats.de(StatutInscription.class, StatutInscription::suivants)
                .initiaux(Places.inscrire(0, 1), Places.inscrire(1, 1))
                .terminaux(StatutInscription.ANNULEE)
                .verifier();
        assertEquals(StatutInscription.INSCRIT, StatutInscription.EN_ATTENTE.vers(StatutInscription.INSCRIT));
        assertThrows(TransitionInterditeException.class, () -> StatutInscription.ANNULEE.vers(StatutInscription.INSCRIT));
        assertThrows(TransitionInterditeException.class, () -> StatutInscription.INSCRIT.vers(StatutInscription.EN_ATTENTE));
    }
}

package fr.gouv.ptce.commons.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Proves that a state machine written as a table (an enum and its {@code suivants()}) has no dead
 * end: a file can always move on until it reaches an end, and every state is met by some journey.
 * <pre>
 * MachineAEtats.de(StatutConvention.class, StatutConvention::suivants)
 *         .initiaux(A_SIGNER).terminaux(SOLDEE, RESILIEE).verifier();
 * </pre>
 * {@link #verifier()} fails with every fault found, each naming the state: a non-terminal state
 * without a way out, a terminal state with one, a state leading to itself (staying put is not a
 * transition), a state no journey from an initial state reaches, a state from which no terminal
 * state can be reached (a loop without exit).
 */
public final class MachineAEtats<E extends Enum<E>> {

    private final Class<E> type;
    private final Function<E, Set<E>> suivants;
    private Set<E> initiaux;
    private Set<E> terminaux;

    private MachineAEtats(Class<E> type, Function<E, Set<E>> suivants) {
        this.type = type;
        this.suivants = suivants;
        this.initiaux = EnumSet.noneOf(type);
        this.terminaux = EnumSet.noneOf(type);
    }

    /** The machine whose states are the constants of {@code type}, each moving to {@code suivants}. */
    public static <E extends Enum<E>> MachineAEtats<E> de(Class<E> type, Function<E, Set<E>> suivants) {
        return new MachineAEtats<>(type, suivants);
    }

    /** The states a new file (agreement, registration…) is created in. */
    @SafeVarargs
    public final MachineAEtats<E> initiaux(E... etats) {
        this.initiaux = ensemble(etats);
        return this;
    }

    /** The states where a journey ends: nothing can move a file out of them. */
    @SafeVarargs
    public final MachineAEtats<E> terminaux(E... etats) {
        this.terminaux = ensemble(etats);
        return this;
    }

    /** Throws an {@link AssertionError} listing every fault of the machine; returns quietly if none. */
    public void verifier() {
        List<String> fautes = fautes();
        if (!fautes.isEmpty()) {
            throw new AssertionError("cycle de vie " + type.getSimpleName() + " : " + String.join(" ; ", fautes));
        }
    }

    /** The faults of the machine, in French, empty when it has none. */
    public List<String> fautes() {
        List<String> fautes = new ArrayList<>();
        if (initiaux.isEmpty()) {
            fautes.add("aucun état initial");
        }
        if (terminaux.isEmpty()) {
            fautes.add("aucun état terminal");
        }
        for (E etat : type.getEnumConstants()) {
            Set<E> sorties = sorties(etat);
            if (sorties.contains(etat)) {
                fautes.add(etat + " mène à lui-même");
            }
            if (terminaux.contains(etat) && !sorties.isEmpty()) {
                fautes.add(etat + " est terminal mais mène à " + sorties);
            }
            if (!terminaux.contains(etat) && sorties.isEmpty()) {
                fautes.add(etat + " n'est pas terminal et n'a aucune sortie (impasse)");
            }
        }
        Set<E> atteints = atteignables(initiaux);
        for (E etat : type.getEnumConstants()) {
            if (!atteints.contains(etat)) {
                fautes.add(etat + " n'est atteint depuis aucun état initial " + initiaux);
            }
            if (!terminaux.isEmpty() && !terminaux.contains(etat)
                    && atteignables(EnumSet.of(etat)).stream().noneMatch(terminaux::contains)) {
                fautes.add("depuis " + etat + ", aucun état terminal n'est atteignable (boucle sans issue)");
            }
        }
        return fautes;
    }

    private Set<E> sorties(E etat) {
        Set<E> s = suivants.apply(etat);
        return s == null ? EnumSet.noneOf(type) : s;
    }

    /** The states reached from {@code depart} (themselves included) following the transitions. */
    private Set<E> atteignables(Set<E> depart) {
        Set<E> vus = EnumSet.noneOf(type);
        Deque<E> aVoir = new ArrayDeque<>(depart);
        while (!aVoir.isEmpty()) {
            E etat = aVoir.pop();
            if (vus.add(etat)) {
                aVoir.addAll(sorties(etat));
            }
        }
        return vus;
    }

    @SafeVarargs
    private Set<E> ensemble(E... etats) {
        Set<E> s = EnumSet.noneOf(type);
        s.addAll(Arrays.asList(etats));
        return s;
    }
}

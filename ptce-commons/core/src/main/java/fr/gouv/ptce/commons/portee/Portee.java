package fr.gouv.ptce.commons.portee;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The territory a staff user works on: the whole country (the national cell) or a set of régions
 * named as the services store them ("Bretagne", "Auvergne-Rhône-Alpes", the names of candidature's
 * territorial reference). Plain Java: built from the values of the token claim {@link #CLAIM}.
 *
 * <p>The safe reading: a staff user whose scope is missing, empty or blank covers <em>nothing</em>
 * (it sees no file) rather than everything; national is only ever granted by the explicit value
 * {@link #NATIONAL}.
 */
public final class Portee {

    /** The access-token claim (a JSON array of strings), filled from the Keycloak user attribute of the same name. */
    public static final String CLAIM = "ptce_regions";

    /** The one value that makes a scope national; alongside régions it still means national. */
    public static final String NATIONAL = "national";

    private static final Portee NATIONALE = new Portee(true, Set.of());
    private static final Portee AUCUNE = new Portee(false, Set.of());

    private final boolean nationale;
    private final Set<String> regions;

    private Portee(boolean nationale, Set<String> regions) {
        this.nationale = nationale;
        this.regions = regions;
    }

    public static Portee nationale() {
        return NATIONALE;
    }

    /** No région at all: a staff user configured without a scope sees no file. */
    public static Portee aucune() {
        return AUCUNE;
    }

    public static Portee regions(String... regions) {
        return depuis(Set.of(regions));
    }

    /**
     * Reads the claim's values: {@code national} (any case) makes it national; otherwise each
     * non-blank value, trimmed, is a région; none at all (null, empty, only blanks) is {@link #aucune()}.
     */
    public static Portee depuis(Collection<String> valeurs) {
        if (valeurs == null) {
            return AUCUNE;
        }
        Set<String> lues = new TreeSet<>();
        for (String v : valeurs) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (v.strip().equalsIgnoreCase(NATIONAL)) {
                return NATIONALE;
            }
            lues.add(v.strip());
        }
        return lues.isEmpty() ? AUCUNE : new Portee(false, Collections.unmodifiableSet(lues));
    }

    public boolean estNationale() {
        return nationale;
    }

    /** The régions of a regional scope (sorted); empty for a national scope and for none. */
    public Set<String> regions() {
        return regions;
    }

    /** Whether a file of this région is within the scope; a file without a région is national business only. */
    public boolean couvre(String region) {
        return nationale || (region != null && regions.contains(region.strip()));
    }

    /**
     * The condition a list's query adds (HQL or native SQL): {@code 1 = 1} when national,
     * {@code 1 = 0} for no région, else {@code colonne in (:parametre)}, to be bound to
     * {@link #regions()} (only in that last case: see {@link #aLier()}).
     */
    public String condition(String colonne, String parametre) {
        if (nationale) {
            return "1 = 1";
        }
        return regions.isEmpty() ? "1 = 0" : colonne + " in (:" + parametre + ")";
    }

    /** Whether the query built with {@link #condition} has a parameter to bind. */
    public boolean aLier() {
        return !nationale && !regions.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portee p && p.nationale == nationale && p.regions.equals(regions);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(nationale) * 31 + regions.hashCode();
    }

    @Override
    public String toString() {
        return nationale ? NATIONAL : regions.isEmpty() ? "aucune" : String.join(", ", regions);
    }
}

package fr.gouv.ptce.launcher.demo;

import fr.gouv.ptce.launcher.DemoAccounts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who handles which file, as the programme organises it: a file of a région that has its own DREETS
 * instructeur account is instructed by it, and each file of a région with a regional animation cell
 * is scored by that cell's evaluator together with a national one; the national cell (the numbered
 * accounts) does the rest, in turn. The regional accounts are read from {@link DemoAccounts} (their
 * {@code ptce_regions} scope), so that a région added to the realm joins the demo on its own.
 */
final class Equipe {

    private final List<String> instructeurs;
    private final List<String> evaluateurs;
    /** région → its DREETS instructeur account. */
    private final Map<String, String> instructeursRegionaux = regionaux("instructeur");
    /** région → its regional evaluator account. */
    private final Map<String, String> evaluateursRegionaux = regionaux("evaluateur");

    Equipe(Taille taille) {
        this.instructeurs = taille.comptes("instructeur");
        this.evaluateurs = taille.comptes("evaluateur");
    }

    /** The instructeur of file {@code numero} of région {@code region} (null: a national one). */
    String instructeur(int numero, String region) {
        String regional = region == null ? null : instructeursRegionaux.get(region);
        return regional != null ? regional : instructeurs.get(numero % instructeurs.size());
    }

    /**
     * The two evaluators of file {@code numero}: a national pair taken in turn, whose first member
     * gives way to the région's own evaluator when it has one.
     */
    List<String> evaluateurs(int numero, String region) {
        int paire = numero % (evaluateurs.size() / 2);
        String premier = evaluateurs.get(2 * paire);
        String second = evaluateurs.get(2 * paire + 1);
        String regional = region == null ? null : evaluateursRegionaux.get(region);
        return regional == null ? List.of(premier, second) : List.of(regional, second);
    }

    /** Every evaluator account this edition may assign. */
    List<String> tousLesEvaluateurs() {
        return java.util.stream.Stream.concat(evaluateurs.stream(), evaluateursRegionaux.values().stream()).toList();
    }

    /** "instructeur1…instructeur4 (national), instructeur-bretagne (Bretagne)". */
    String instructeursDecrits() {
        return decrire(instructeurs, instructeursRegionaux);
    }

    String evaluateursDecrits() {
        return decrire(evaluateurs, evaluateursRegionaux);
    }

    private static String decrire(List<String> nationaux, Map<String, String> regionaux) {
        String n = nationaux.size() == 1 ? nationaux.get(0) : nationaux.get(0) + "…" + nationaux.get(nationaux.size() - 1);
        return n + " (national)" + regionaux.entrySet().stream().map(e -> ", " + e.getValue() + " (" + e.getKey() + ")")
                .sorted().collect(Collectors.joining());
    }

    /** The demo accounts of {@code role} scoped to a single région, by région. */
    private static Map<String, String> regionaux(String role) {
        return DemoAccounts.USERS.stream()
                .filter(u -> u.role().equals(role) && u.regions().size() == 1 && !u.regions().contains(DemoAccounts.NATIONAL))
                .collect(Collectors.toMap(u -> u.regions().get(0), DemoAccounts.User::username, (a, b) -> a, java.util.TreeMap::new));
    }
}

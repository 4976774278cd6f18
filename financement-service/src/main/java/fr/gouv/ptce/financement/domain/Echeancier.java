package fr.gouv.ptce.financement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an agreement's amount into instalments from a campaign's template, in exact cents.
 *
 * <p>The rule, chosen so that any template gives a schedule that sums exactly to the amount:
 * <ol>
 *   <li>lines are put in schedule order: by month, then by the template's {@code ordre}; they are
 *       renumbered 1..n in that order, so that a higher number never has an earlier date;</li>
 *   <li>fixed amounts are taken as they are; if they exceed the agreement the template cannot apply;</li>
 *   <li>what they leave is shared between the share lines in proportion to their percentages (the
 *       percentages are weights: 50/50, 30/30 and 1/1 give the same split), each share rounded down
 *       to the cent;</li>
 *   <li>the cents lost by rounding down (fewer than the number of share lines) go to the last share
 *       line in schedule order — the balance instalment absorbs rounding; when there is no share
 *       line (or all shares are zero) whatever remains goes to the last line.</li>
 * </ol>
 */
public final class Echeancier {

    public static final String RAPPORT_ANNEE_1 = "ACTIVITE_ANNEE_1";
    public static final String RAPPORT_FINAL = "FINANCIER_FINAL";

    private static final Comparator<ModeleEcheance> ORDRE_CALENDAIRE =
            Comparator.comparingInt(ModeleEcheance::mois).thenComparingInt(ModeleEcheance::ordre);

    private Echeancier() {
    }

    /** The programme's default: half at signature, half at month 12 once the year-1 report is approved. */
    public static List<ModeleEcheance> modeleParDefaut() {
        return List.of(
                ModeleEcheance.part(1, new BigDecimal("50"), Declencheur.SIGNATURE, 0, null),
                ModeleEcheance.part(2, new BigDecimal("50"), Declencheur.RAPPORT_APPROUVE, 12, RAPPORT_ANNEE_1));
    }

    /** The default reports: year-1 activity at month 12, final financial report at month 30. */
    public static List<RapportPrevu> rapportsParDefaut() {
        return List.of(new RapportPrevu(RAPPORT_ANNEE_1, 12), new RapportPrevu(RAPPORT_FINAL, 30));
    }

    /**
     * The reports an agreement owes: the campaign's list (the default when it gives none), plus any
     * report an instalment waits for that the list forgot (due at that instalment's month).
     */
    public static List<RapportPrevu> rapportsAttendus(List<ModeleEcheance> modele, List<RapportPrevu> rapports) {
        Map<String, RapportPrevu> parType = new LinkedHashMap<>();
        for (RapportPrevu r : rapports == null || rapports.isEmpty() ? rapportsParDefaut() : rapports) {
            parType.putIfAbsent(r.type(), r);
        }
        for (ModeleEcheance l : modeleOuDefaut(modele)) {
            if (l.declencheur() == Declencheur.RAPPORT_APPROUVE) {
                parType.putIfAbsent(l.rapport(), new RapportPrevu(l.rapport(), l.mois()));
            }
        }
        return List.copyOf(parType.values());
    }

    public static List<ModeleEcheance> modeleOuDefaut(List<ModeleEcheance> modele) {
        return modele == null || modele.isEmpty() ? modeleParDefaut() : modele;
    }

    /** The instalments of an agreement of {@code montantCentimes} under {@code modele} (default when empty). */
    public static List<EcheancePlanifiee> repartir(long montantCentimes, List<ModeleEcheance> modele) {
        if (montantCentimes <= 0) {
            throw new IllegalArgumentException("le montant d'une convention doit être positif : " + montantCentimes);
        }
        List<ModeleEcheance> lignes = new ArrayList<>(modeleOuDefaut(modele));
        lignes.sort(ORDRE_CALENDAIRE);

        long fixes = 0;
        BigDecimal poids = BigDecimal.ZERO;
        int derniereParte = -1;
        for (int i = 0; i < lignes.size(); i++) {
            ModeleEcheance l = lignes.get(i);
            if (l.estFixe()) {
                fixes = Math.addExact(fixes, l.montantCentimes());
            } else {
                poids = poids.add(poidsDe(l));
                derniereParte = i;
            }
        }
        if (fixes > montantCentimes) {
            throw new EcheancierInapplicableException("les montants fixes de l'échéancier (" + fixes
                    + " centimes) dépassent le montant de la convention (" + montantCentimes + " centimes)");
        }
        long reste = montantCentimes - fixes;

        long[] montants = new long[lignes.size()];
        long reparti = 0;
        for (int i = 0; i < lignes.size(); i++) {
            ModeleEcheance l = lignes.get(i);
            if (l.estFixe()) {
                montants[i] = l.montantCentimes();
            } else if (poids.signum() > 0) {
                montants[i] = BigDecimal.valueOf(reste).multiply(poidsDe(l))
                        .divide(poids, 0, RoundingMode.DOWN).longValueExact();
                reparti += montants[i];
            }
        }
        int receveur = poids.signum() > 0 ? derniereParte : lignes.size() - 1;
        montants[receveur] += reste - reparti;

        List<EcheancePlanifiee> out = new ArrayList<>(lignes.size());
        for (int i = 0; i < lignes.size(); i++) {
            ModeleEcheance l = lignes.get(i);
            out.add(new EcheancePlanifiee(i + 1, montants[i], l.declencheur(), l.mois(), l.rapport()));
        }
        return List.copyOf(out);
    }

    private static BigDecimal poidsDe(ModeleEcheance l) {
        return l.pourcentage() == null ? BigDecimal.ZERO : l.pourcentage();
    }
}

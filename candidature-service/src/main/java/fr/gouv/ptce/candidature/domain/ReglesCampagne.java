package fr.gouv.ptce.candidature.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules a campaign must meet before it can exist, and the defaults of PRODUCT.md: a phase-2
 * campaign with no schedule pays 50 % at signature and 50 % at month 12 once the year-1 activity
 * report is approved; reports default to the year-1 activity report (month 12) and the final
 * financial report (month 30).
 */
public final class ReglesCampagne {

    public static final String RAPPORT_ANNEE_1 = "ACTIVITE_ANNEE_1";
    public static final String RAPPORT_FINAL = "FINANCIER_FINAL";

    private static final BigDecimal CENT = BigDecimal.valueOf(100);

    private ReglesCampagne() {
    }

    public static List<ParametresCampagne.Echeance> echeancierParDefaut() {
        return List.of(
                new ParametresCampagne.Echeance(1, BigDecimal.valueOf(50), null, ParametresCampagne.Declencheur.SIGNATURE, 0, null),
                new ParametresCampagne.Echeance(2, BigDecimal.valueOf(50), null,
                        ParametresCampagne.Declencheur.RAPPORT_APPROUVE, 12, RAPPORT_ANNEE_1));
    }

    public static List<ParametresCampagne.Rapport> rapportsParDefaut() {
        return List.of(new ParametresCampagne.Rapport(RAPPORT_ANNEE_1, 12), new ParametresCampagne.Rapport(RAPPORT_FINAL, 30));
    }

    /** The parameters with the defaults filled in where a phase-2 campaign names none. */
    public static ParametresCampagne avecDefauts(ParametresCampagne p) {
        List<ParametresCampagne.Echeance> echeancier = p.echeancier() == null ? List.of() : p.echeancier();
        List<ParametresCampagne.Rapport> rapports = p.rapports() == null ? List.of() : p.rapports();
        if (p.phase() == Phase.PHASE_2) {
            echeancier = echeancier.isEmpty() ? echeancierParDefaut() : echeancier;
            rapports = rapports.isEmpty() ? rapportsParDefaut() : rapports;
        }
        return new ParametresCampagne(p.phase(), p.ouverture(), p.cloture(), p.maxLaureats(),
                p.montantParLaureatCentimes(), p.enveloppeCentimes(), p.dureeMois(), echeancier, rapports,
                p.grille() == null ? List.of() : p.grille());
    }

    /** Every rule broken by {@code p} (taken with its defaults). */
    public static List<ViolationRegle> verifier(ParametresCampagne brut) {
        ParametresCampagne p = avecDefauts(brut);
        List<ViolationRegle> v = new ArrayList<>();
        if (p.ouverture() != null && p.cloture() != null && !p.cloture().isAfter(p.ouverture())) {
            v.add(new ViolationRegle("CLOTURE_AVANT_OUVERTURE", "cloture", "la clôture doit être postérieure à l'ouverture"));
        }
        if (p.phase() == Phase.PHASE_2) {
            exiger(v, p.maxLaureats(), "maxLaureats");
            exiger(v, p.montantParLaureatCentimes(), "montantParLaureat");
            exiger(v, p.enveloppeCentimes(), "enveloppe");
            exiger(v, p.dureeMois(), "dureeMois");
            if (p.maxLaureats() != null && p.montantParLaureatCentimes() != null && p.enveloppeCentimes() != null
                    && BigDecimal.valueOf(p.maxLaureats()).multiply(BigDecimal.valueOf(p.montantParLaureatCentimes()))
                    .compareTo(BigDecimal.valueOf(p.enveloppeCentimes())) > 0) {
                v.add(new ViolationRegle("ENVELOPPE_INSUFFISANTE", "enveloppe",
                        "maxLaureats × montantParLaureat dépasse l'enveloppe de la campagne"));
            }
            if (p.grille().isEmpty()) {
                v.add(new ViolationRegle("GRILLE_ABSENTE", "grille", "une campagne de phase 2 doit avoir une grille de notation"));
            }
            verifierEcheancier(p, v);
        }
        verifierGrille(p, v);
        return v;
    }

    private static void verifierEcheancier(ParametresCampagne p, List<ViolationRegle> v) {
        Set<String> rapports = new HashSet<>();
        p.rapports().forEach(r -> rapports.add(r.type()));
        BigDecimal totalCentimes = BigDecimal.ZERO;
        Set<Integer> ordres = new HashSet<>();
        for (int i = 0; i < p.echeancier().size(); i++) {
            ParametresCampagne.Echeance e = p.echeancier().get(i);
            String champ = "echeancier[" + i + "]";
            if (!ordres.add(e.ordre())) {
                v.add(new ViolationRegle("ECHEANCE_ORDRE_EN_DOUBLE", champ + ".ordre", "deux échéances portent le même ordre"));
            }
            if ((e.pourcentage() == null) == (e.montantCentimes() == null)) {
                v.add(new ViolationRegle("ECHEANCE_PART_OU_MONTANT", champ,
                        "une échéance indique soit un pourcentage, soit un montant, pas les deux ni aucun"));
                continue;
            }
            if (e.declencheur() == ParametresCampagne.Declencheur.RAPPORT_APPROUVE
                    && (e.rapport() == null || !rapports.contains(e.rapport()))) {
                v.add(new ViolationRegle("ECHEANCE_RAPPORT_INCONNU", champ + ".rapport",
                        "une échéance déclenchée par un rapport approuvé doit nommer un rapport de la campagne"));
            }
            if (e.pourcentage() != null && p.montantParLaureatCentimes() != null) {
                totalCentimes = totalCentimes.add(e.pourcentage().multiply(BigDecimal.valueOf(p.montantParLaureatCentimes()))
                        .divide(CENT));
            } else if (e.montantCentimes() != null) {
                totalCentimes = totalCentimes.add(BigDecimal.valueOf(e.montantCentimes()));
            }
        }
        boolean toutEnPourcentage = p.echeancier().stream().allMatch(e -> e.pourcentage() != null);
        if (toutEnPourcentage) {
            BigDecimal somme = p.echeancier().stream().map(ParametresCampagne.Echeance::pourcentage)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (somme.compareTo(CENT) != 0) {
                v.add(new ViolationRegle("ECHEANCIER_DIFFERENT_DE_100", "echeancier",
                        "les parts de l'échéancier doivent totaliser 100 % (total : " + somme.stripTrailingZeros().toPlainString() + " %)"));
            }
        } else if (p.montantParLaureatCentimes() != null
                && totalCentimes.compareTo(BigDecimal.valueOf(p.montantParLaureatCentimes())) != 0) {
            v.add(new ViolationRegle("ECHEANCIER_DIFFERENT_DU_MONTANT", "echeancier",
                    "les échéances doivent totaliser exactement le montant par lauréat"));
        }
    }

    private static void verifierGrille(ParametresCampagne p, List<ViolationRegle> v) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < p.grille().size(); i++) {
            ParametresCampagne.Critere c = p.grille().get(i);
            if (c.poids() == null || c.poids().signum() <= 0) {
                v.add(new ViolationRegle("POIDS_NON_POSITIF", "grille[" + i + "].poids", "le poids d'un critère doit être positif"));
            }
            if (!codes.add(c.code())) {
                v.add(new ViolationRegle("CRITERE_EN_DOUBLE", "grille[" + i + "].code", "deux critères portent le même code"));
            }
        }
    }

    private static void exiger(List<ViolationRegle> v, Object valeur, String champ) {
        if (valeur == null) {
            v.add(new ViolationRegle("PARAMETRE_PHASE_2_ABSENT", champ, "obligatoire pour une campagne de phase 2"));
        }
    }
}

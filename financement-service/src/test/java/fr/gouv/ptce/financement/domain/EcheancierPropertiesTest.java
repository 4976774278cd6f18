package fr.gouv.ptce.financement.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the split (jqwik runs on the JUnit platform of the Quarkus BOM): for random
 * templates mixing shares and fixed amounts, and random amounts, the instalments sum exactly to the
 * amount, none is negative, numbers follow dates, and the same input always gives the same split.
 */
class EcheancierPropertiesTest {

    record Cas(long montant, List<ModeleEcheance> modele) {
    }

    @Property(tries = 1500)
    void lesEcheancesSommentExactementAuMontantSansNegatifEtDansLOrdreDesDates(
            @ForAll("cas") Cas cas, @ForAll("signatures") LocalDate signature) {
        List<EcheancePlanifiee> echeances = Echeancier.repartir(cas.montant(), cas.modele());

        assertEquals(cas.modele().isEmpty() ? 2 : cas.modele().size(), echeances.size(), "une échéance par ligne");
        assertEquals(cas.montant(), echeances.stream().mapToLong(EcheancePlanifiee::montantCentimes).sum());
        assertTrue(echeances.stream().allMatch(e -> e.montantCentimes() >= 0), "jamais négatif");
        for (int i = 1; i < echeances.size(); i++) {
            EcheancePlanifiee avant = echeances.get(i - 1);
            EcheancePlanifiee apres = echeances.get(i);
            assertEquals(avant.ordre() + 1, apres.ordre());
            assertFalse(Calendrier.apresSignature(signature, apres.mois())
                    .isBefore(Calendrier.apresSignature(signature, avant.mois())), "dates dans l'ordre");
        }
        assertEquals(echeances, Echeancier.repartir(cas.montant(), cas.modele()), "déterministe");
    }

    @Provide
    Arbitrary<Cas> cas() {
        return Arbitraries.longs().between(1, 100_000_000_000L).flatMap(montant -> {
            // at most 8 lines, each fixed amount at most 1/8 of the total: fixed amounts never exceed it
            Arbitrary<ModeleEcheance> ligne = Combinators.combine(
                    Arbitraries.integers().between(1, 20),
                    Arbitraries.integers().between(0, 10_000),
                    Arbitraries.longs().between(0, montant / 8),
                    Arbitraries.of(true, false, false),
                    Arbitraries.of(Declencheur.class),
                    Arbitraries.integers().between(0, 36)).as((ordre, pct, fixe, estFixe, declencheur, mois) -> {
                String rapport = declencheur == Declencheur.RAPPORT_APPROUVE ? "R" + mois : null;
                return estFixe ? ModeleEcheance.fixe(ordre, fixe, declencheur, mois, rapport)
                        : ModeleEcheance.part(ordre, BigDecimal.valueOf(pct, 2), declencheur, mois, rapport);
            });
            return ligne.list().ofMinSize(0).ofMaxSize(8).map(modele -> new Cas(montant, modele));
        });
    }

    @Provide
    Arbitrary<LocalDate> signatures() {
        return Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
    }
}

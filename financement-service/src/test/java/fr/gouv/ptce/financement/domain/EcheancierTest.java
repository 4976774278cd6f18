package fr.gouv.ptce.financement.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EcheancierTest {

    @Test
    void parDefautLaMoitieALaSignatureEtLaMoitieAuMois12ApresLeRapportDeLAnnee1() {
        List<EcheancePlanifiee> e = Echeancier.repartir(10_000_000, List.of());
        assertEquals(List.of(
                new EcheancePlanifiee(1, 5_000_000, Declencheur.SIGNATURE, 0, null),
                new EcheancePlanifiee(2, 5_000_000, Declencheur.RAPPORT_APPROUVE, 12, "ACTIVITE_ANNEE_1")), e);
        assertEquals("RAPPORT_APPROUVE:ACTIVITE_ANNEE_1", e.get(1).condition());
        assertEquals(List.of(new RapportPrevu("ACTIVITE_ANNEE_1", 12), new RapportPrevu("FINANCIER_FINAL", 30)),
                Echeancier.rapportsAttendus(List.of(), List.of()));
    }

    @Test
    void lesCentimesPerdusALArrondiVontALaDernierePartDuCalendrier() {
        List<ModeleEcheance> tiers = List.of(
                ModeleEcheance.part(1, new BigDecimal("33.33"), Declencheur.SIGNATURE, 0, null),
                ModeleEcheance.part(2, new BigDecimal("33.33"), Declencheur.DATE, 6, null),
                ModeleEcheance.part(3, new BigDecimal("33.33"), Declencheur.DATE, 12, null));
        List<EcheancePlanifiee> e = Echeancier.repartir(10_000_001, tiers);
        assertEquals(List.of(3_333_333L, 3_333_333L, 3_333_335L),
                e.stream().map(EcheancePlanifiee::montantCentimes).toList());
    }

    @Test
    void lesLignesSontRenumeroteesDansLOrdreDesMois() {
        List<ModeleEcheance> desordre = List.of(
                ModeleEcheance.part(1, new BigDecimal("70"), Declencheur.DATE, 18, null),
                ModeleEcheance.fixe(2, 1_000_000, Declencheur.SIGNATURE, 0, null));
        List<EcheancePlanifiee> e = Echeancier.repartir(10_000_000, desordre);
        assertEquals(new EcheancePlanifiee(1, 1_000_000, Declencheur.SIGNATURE, 0, null), e.get(0));
        assertEquals(new EcheancePlanifiee(2, 9_000_000, Declencheur.DATE, 18, null), e.get(1));
    }

    @Test
    void sansPartLeResteVaALaDerniereLigneEtDesFixesTropGrandsSontRefuses() {
        List<ModeleEcheance> fixes = List.of(ModeleEcheance.fixe(1, 100, Declencheur.SIGNATURE, 0, null),
                ModeleEcheance.fixe(2, 200, Declencheur.DATE, 3, null));
        assertEquals(List.of(100L, 700L), Echeancier.repartir(800, fixes).stream()
                .map(EcheancePlanifiee::montantCentimes).toList());
        assertThrows(EcheancierInapplicableException.class, () -> Echeancier.repartir(250, fixes));
        assertThrows(IllegalArgumentException.class, () -> Echeancier.repartir(0, List.of()));
    }

    @Test
    void unRapportAttenduParUneEcheanceEtOublieDeLaListeEstAjoute() {
        List<ModeleEcheance> modele = List.of(
                ModeleEcheance.part(1, new BigDecimal("40"), Declencheur.SIGNATURE, 0, null),
                ModeleEcheance.part(2, new BigDecimal("60"), Declencheur.RAPPORT_APPROUVE, 9, "BILAN_9"));
        assertEquals(List.of(new RapportPrevu("FINAL", 30), new RapportPrevu("BILAN_9", 9)),
                Echeancier.rapportsAttendus(modele, List.of(new RapportPrevu("FINAL", 30))));
    }
}

package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import fr.gouv.ptce.commons.valeurs.Montant;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReglesCampagneTest {

    static ParametresCampagne phase2(List<ParametresCampagne.Echeance> echeancier, long enveloppe) {
        return new ParametresCampagne(Phase.PHASE_2, OffsetDateTime.parse("2023-06-01T00:00:00+02:00"),
                OffsetDateTime.parse("2023-07-31T12:00:00+02:00"), 15, 10_000_000L, enveloppe, 24, echeancier, null,
                List.of(new ParametresCampagne.Critere("A", "A", BigDecimal.ONE)));
    }

    @Test
    void lEcheancierParDefautEstValide() {
        assertTrue(ReglesCampagne.verifier(phase2(null, 150_000_000L)).isEmpty());
        ParametresCampagne p = ReglesCampagne.avecDefauts(phase2(null, 150_000_000L));
        assertEquals(2, p.echeancier().size());
        assertEquals("ACTIVITE_ANNEE_1", p.echeancier().get(1).rapport());
        assertEquals(30, p.rapports().get(1).mois());
    }

    @Test
    void enveloppeEtPartsVerifiees() {
        List<ViolationRegle> v = ReglesCampagne.verifier(phase2(List.of(
                new ParametresCampagne.Echeance(1, BigDecimal.valueOf(40), null, ParametresCampagne.Declencheur.SIGNATURE, 0, null),
                new ParametresCampagne.Echeance(2, BigDecimal.valueOf(50), null, ParametresCampagne.Declencheur.RAPPORT_APPROUVE, 12, "INCONNU")),
                149_999_999L));
        List<String> regles = v.stream().map(ViolationRegle::regle).toList();
        assertTrue(regles.contains("ENVELOPPE_INSUFFISANTE"), regles.toString());
        assertTrue(regles.contains("ECHEANCIER_DIFFERENT_DE_100"), regles.toString());
        assertTrue(regles.contains("ECHEANCE_RAPPORT_INCONNU"), regles.toString());
    }

    @Test
    void montantsExactsAuCentime() {
        assertTrue(ReglesCampagne.verifier(phase2(List.of(
                new ParametresCampagne.Echeance(1, null, 3_333_333L, ParametresCampagne.Declencheur.SIGNATURE, 0, null),
                new ParametresCampagne.Echeance(2, null, 6_666_667L, ParametresCampagne.Declencheur.DATE, 12, null)),
                150_000_000L)).isEmpty());
        assertEquals("ECHEANCIER_DIFFERENT_DU_MONTANT", ReglesCampagne.verifier(phase2(List.of(
                new ParametresCampagne.Echeance(1, null, 3_333_333L, ParametresCampagne.Declencheur.SIGNATURE, 0, null)),
                150_000_000L)).get(0).regle());
        assertEquals(10_000_000L, Montant.euros(new BigDecimal("100000.00")).centimes());
        assertEquals(new BigDecimal("100000.00"), Montant.centimes(10_000_000L).enEuros());
    }
}

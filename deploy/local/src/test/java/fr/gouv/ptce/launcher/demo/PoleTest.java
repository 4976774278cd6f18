package fr.gouv.ptce.launcher.demo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated structures must pass candidature-service's rules: one place per SIRET, valid keys. */
class PoleTest {

    private static final List<String> PORTEURS = Taille.COMPLETE.comptes("porteur");

    @Test
    void chaquePoleAUnSiretValideUniqueEtUneAdresseDeContactPropre() {
        List<Pole> poles = Pole.generer("ED1", Taille.COMPLETE.phase1(), 42, PORTEURS);
        assertEquals(Taille.COMPLETE.phase1(), poles.size());
        Set<String> sirets = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (Pole p : poles) {
            assertTrue(p.siret().matches("[0-9]{14}"), p.siret());
            assertTrue(luhn(p.siret()), "Luhn key of " + p.siret());
            assertTrue(p.codeCommune().matches("[0-9][0-9AB][0-9]{3}"), p.codeCommune());
            sirets.add(p.siret());
            emails.add(p.email());
        }
        assertEquals(poles.size(), sirets.size(), "one structure per application");
        assertEquals(poles.size(), emails.size(), "one contact address per application");
    }

    @Test
    void deuxEditionsNePartagentNiStructuresNiAdresses() {
        Set<String> premiere = new HashSet<>();
        Pole.generer("ED1", 140, "ED1".hashCode(), PORTEURS).forEach(p -> premiere.add(p.siret() + p.email()));
        Pole.generer("ED2", 140, "ED2".hashCode(), PORTEURS).forEach(p -> assertTrue(premiere.add(p.siret() + p.email()), p.toString()));
    }

    @Test
    void lesPorteursDeposentChacunLeurTour() {
        List<Pole> poles = Pole.generer("ED1", 25, 3, List.of("porteur1", "porteur2", "porteur3"));
        assertEquals(9, poles.stream().filter(p -> p.porteur().equals("porteur1")).count());
        assertEquals(8, poles.stream().filter(p -> p.porteur().equals("porteur3")).count());
    }

    @Test
    void lesNotesRestentDansLeBaremeParDemiPoint() {
        for (Pole p : Pole.generer("ED1", 140, 7, PORTEURS)) {
            for (int evaluateur = 0; evaluateur < 2; evaluateur++) {
                double note = Double.parseDouble(p.note(evaluateur));
                assertTrue(note >= 0 && note <= 5 && note * 2 == Math.rint(note * 2), p.note(evaluateur));
            }
        }
    }

    /** Independent of Pole.siret: doubles every other digit from the left, as INSEE does for a SIRET. */
    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if ((digits.length() - i) % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

package fr.gouv.ptce.launcher.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The demo files real places and real legal forms: every commune is a current commune of the code
     * officiel géographique under its official name, every legal form an INSEE catégorie juridique of
     * private law — read from candidature-service's committed reference files, the ones it validates with.
     */
    @Test
    void lesCommunesEtLesFormesJuridiquesSontCellesDesReferentielsOfficiels() throws IOException {
        Map<String, String> communes = referentiel("communes.csv");
        Map<String, String> categories = referentiel("categories-juridiques.csv");
        for (String[] c : Pole.COMMUNES) {
            assertEquals(c[1], communes.get(c[0]), "commune " + c[0]);
        }
        for (Pole p : Pole.generer("ED1", 12, 1, PORTEURS)) {
            @SuppressWarnings("unchecked")
            String forme = (String) ((Map<String, Object>) p.contenu("ED1").get("structure")).get("formeJuridique");
            assertTrue(categories.containsKey(forme), forme);
            assertTrue("5689".indexOf(forme.charAt(0)) >= 0, "droit privé : " + forme);
        }
    }

    private static Map<String, String> referentiel(String fichier) throws IOException {
        Path chemin = Path.of("../../candidature-service/src/main/resources/referentiels", fichier);
        Map<String, String> m = new HashMap<>();
        Files.readAllLines(chemin, StandardCharsets.UTF_8).stream().skip(2).map(l -> l.split(";"))
                .forEach(c -> m.put(c[0], c[1]));
        return m;
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

package fr.gouv.ptce.launcher.demo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The call without a grid has structures of its own: SIRETs and contact addresses that none of the
 * edition's poles has (candidature-service keeps one application per structure and campaign, and the
 * summary counts each address's e-mails), yet addresses the summary counts as the edition's.
 */
class CampagneSansGrilleTest {

    @Test
    void sesStructuresSontLesSiennesEtSesAdressesCellesDeLEdition() {
        for (Taille taille : new Taille[]{Taille.COMPLETE, Taille.REDUITE}) {
            Edition edition = new Edition(null, System.out, null, "ED1", taille);
            CampagneSansGrille sg = edition.sansGrille;
            assertEquals(CampagneSansGrille.DOSSIERS, sg.poles.size());
            assertEquals("DEMO-ED1-P1-SG", sg.code());
            Set<String> sirets = new HashSet<>();
            Set<String> emails = new HashSet<>();
            edition.poles.forEach(p -> {
                sirets.add(p.siret());
                emails.add(p.email());
            });
            for (Pole p : sg.poles) {
                assertTrue(sirets.add(p.siret()), "SIRET shared with the edition: " + p);
                assertTrue(emails.add(p.email()), "address shared with the edition: " + p);
                assertTrue(p.email().startsWith("contact-ED1-SG-"), p.email());
            }
            assertEquals(CampagneSansGrille.LAUREATS, sg.laureats().size());
        }
    }
}

package fr.gouv.ptce.commons.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChaineTest {

    private static List<EntreeJournal> chaine(int n) {
        List<EntreeJournal> entrees = new ArrayList<>();
        String precedente = Empreintes.GENESE;
        for (long s = 1; s <= n; s++) {
            Instant instant = Instant.parse("2026-03-01T10:00:00.123456789Z").plusSeconds(s);
            String donnees = "{\"montantCentimes\":" + (s * 100) + "}";
            String empreinte = Empreintes.de(s, instant, "acteur", "PAIEMENT", "echeance", "E-" + s, donnees, precedente);
            entrees.add(new EntreeJournal(s, Empreintes.instantStocke(instant), "acteur", "PAIEMENT", "echeance",
                    "E-" + s, donnees, precedente, empreinte));
            precedente = empreinte;
        }
        return entrees;
    }

    private static Optional<Chaine.Rupture> verifier(List<EntreeJournal> entrees) {
        Chaine c = new Chaine();
        for (EntreeJournal e : entrees) {
            Optional<Chaine.Rupture> r = c.examiner(e);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    @Test
    void uneChaineIntacteEstVerifieeEntierement() {
        Chaine c = new Chaine();
        chaine(5).forEach(e -> assertTrue(c.examiner(e).isEmpty()));
        assertEquals(5, c.verifiees());
        assertEquals(chaine(5).get(4).empreinte(), c.derniereEmpreinte());
    }

    @Test
    void unContenuModifieEstNommeParSonNumero() {
        List<EntreeJournal> e = chaine(5);
        EntreeJournal x = e.get(2);
        e.set(2, new EntreeJournal(x.sequence(), x.instant(), x.acteur(), x.action(), x.typeAgregat(), x.idAgregat(),
                "{\"montantCentimes\":1}", x.empreintePrecedente(), x.empreinte()));
        Chaine.Rupture r = verifier(e).orElseThrow();
        assertEquals(3, r.sequence());
        assertEquals(Chaine.Raison.EMPREINTE_INCORRECTE, r.raison());
    }

    @Test
    void uneEntreeReecriteAvecUneEmpreinteRecalculeeRomptLaSuivante() {
        List<EntreeJournal> e = chaine(5);
        EntreeJournal x = e.get(1);
        String faux = "{\"montantCentimes\":1}";
        e.set(1, new EntreeJournal(x.sequence(), x.instant(), x.acteur(), x.action(), x.typeAgregat(), x.idAgregat(),
                faux, x.empreintePrecedente(), Empreintes.de(x.sequence(), x.instant(), x.acteur(), x.action(),
                x.typeAgregat(), x.idAgregat(), faux, x.empreintePrecedente())));
        Chaine.Rupture r = verifier(e).orElseThrow();
        assertEquals(3, r.sequence());
        assertEquals(Chaine.Raison.EMPREINTE_PRECEDENTE_INCORRECTE, r.raison());
    }

    @Test
    void uneEntreeSupprimeeLaisseUnTrouNomme() {
        List<EntreeJournal> e = chaine(5);
        e.remove(3);
        Chaine.Rupture r = verifier(e).orElseThrow();
        assertEquals(4, r.sequence());
        assertEquals(Chaine.Raison.SEQUENCE_ROMPUE, r.raison());
    }

    @Test
    void laPremiereEntreeDoitPartirDeLaGenese() {
        List<EntreeJournal> e = chaine(3);
        e.remove(0);
        assertEquals(1, verifier(e).orElseThrow().sequence());
    }

    @Test
    void chaqueChampCompteDansLEmpreinteSansAmbiguite() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        String base = Empreintes.de(1, t, "ab", "c", "t", "i", "{}", Empreintes.GENESE);
        assertNotEquals(base, Empreintes.de(1, t, "a", "bc", "t", "i", "{}", Empreintes.GENESE));
        assertNotEquals(base, Empreintes.de(2, t, "ab", "c", "t", "i", "{}", Empreintes.GENESE));
        assertNotEquals(base, Empreintes.de(1, t.plusNanos(1000), "ab", "c", "t", "i", "{}", Empreintes.GENESE));
        assertEquals(base, Empreintes.de(1, t.plusNanos(1), "ab", "c", "t", "i", "{}", Empreintes.GENESE),
                "l'instant est haché à la microseconde, comme PostgreSQL le garde");
        assertEquals(64, base.length());
    }
}

package fr.gouv.ptce.candidature.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlacesTest {

    @Test
    void lesPlacesPuisLAttente() {
        assertEquals(StatutInscription.INSCRIT, Places.inscrire(0, 25));
        assertEquals(StatutInscription.INSCRIT, Places.inscrire(24, 25));
        assertEquals(StatutInscription.EN_ATTENTE, Places.inscrire(25, 25));
    }

    @Test
    void lesHeuresRestantesNeSontJamaisNegatives() {
        assertEquals(6, Places.heuresRestantes(10, 4));
        assertEquals(0, Places.heuresRestantes(10, 12));
    }
}

package fr.gouv.ptce.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaremeTest {

    private static final Grille GRILLE = new Grille(List.of(
            new Critere("ANCRAGE", "Ancrage", new BigDecimal("3")),
            new Critere("MODELE", "Modèle", new BigDecimal("2")),
            new Critere("IMPACT", "Impact", new BigDecimal("2"))));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void leTotalEstLaMoyennePondereeSurLEchelle0a5() {
        BigDecimal total = Bareme.total(GRILLE, Map.of("ANCRAGE", d("4.5"), "MODELE", d("3"), "IMPACT", d("2")));
        assertThat(total).isEqualByComparingTo("3.357143");
        assertThat(Bareme.affichage(total)).isEqualByComparingTo("3.36");
        assertThat(Bareme.total(GRILLE, Map.of("ANCRAGE", d("5"), "MODELE", d("5"), "IMPACT", d("5"))))
                .isEqualByComparingTo("5");
        assertThat(Bareme.total(GRILLE, Map.of("ANCRAGE", d("0"), "MODELE", d("0"), "IMPACT", d("0"))))
                .isEqualByComparingTo("0");
    }

    @Test
    void lePoidsCompte() {
        BigDecimal ancrageFort = Bareme.total(GRILLE, Map.of("ANCRAGE", d("5"), "MODELE", d("0"), "IMPACT", d("0")));
        BigDecimal modeleFort = Bareme.total(GRILLE, Map.of("ANCRAGE", d("0"), "MODELE", d("5"), "IMPACT", d("0")));
        assertThat(ancrageFort).isGreaterThan(modeleFort);
    }

    @Test
    void unCritereSansNoteEstSignaleEtEmpecheLeTotal() {
        Map<String, BigDecimal> notes = Map.of("ANCRAGE", d("4"));
        assertThat(Bareme.criteresManquants(GRILLE, notes)).containsExactly("MODELE", "IMPACT");
        assertThatThrownBy(() -> Bareme.total(GRILLE, notes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uneNoteVaDe0a5ParDemiPoint() {
        assertThat(Note.probleme(d("0"))).isNull();
        assertThat(Note.probleme(d("3.5"))).isNull();
        assertThat(Note.probleme(d("5.0"))).isNull();
        assertThat(Note.probleme(d("5.5"))).contains("entre 0 et 5");
        assertThat(Note.probleme(d("-0.5"))).contains("entre 0 et 5");
        assertThat(Note.probleme(d("3.25"))).contains("demi-point");
        assertThat(Note.probleme(null)).contains("obligatoire");
    }

    @Test
    void uneGrilleRefuseLesCriteresEnDoubleEtLesPoidsNuls() {
        assertThatThrownBy(() -> new Grille(List.of(new Critere("A", "a", d("1")), new Critere("A", "b", d("2")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Critere("A", "a", d("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grille(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void laConsolidationFaitLaMoyenneDesEvaluateursEtSignaleLaDivergence() {
        BigDecimal seuil = d("1.5");
        Consolidation un = Consolidation.de(List.of(d("4")), 2, seuil);
        assertThat(un.classable()).isFalse();

        Consolidation proches = Consolidation.de(List.of(d("4"), d("3")), 2, seuil);
        assertThat(proches.classable()).isTrue();
        assertThat(proches.score()).isEqualByComparingTo("3.5");
        assertThat(proches.divergence()).isFalse();

        // Exactly at the threshold is not divergent; strictly above is.
        assertThat(Consolidation.de(List.of(d("4.5"), d("3")), 2, seuil).divergence()).isFalse();
        assertThat(Consolidation.de(List.of(d("4.6"), d("3")), 2, seuil).divergence()).isTrue();
        Consolidation trois = Consolidation.de(List.of(d("5"), d("4"), d("2")), 2, seuil);
        assertThat(trois.divergence()).isTrue();
        assertThat(trois.ecartMax()).isEqualByComparingTo("3");
        assertThat(trois.score()).isEqualByComparingTo("3.666667");

        assertThat(Consolidation.de(List.of(), 2, seuil).score()).isNull();
    }
}

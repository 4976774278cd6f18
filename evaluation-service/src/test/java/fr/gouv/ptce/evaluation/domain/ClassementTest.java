package fr.gouv.ptce.evaluation.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ClassementTest {

    private static final Instant T0 = Instant.parse("2023-07-01T08:00:00Z");

    private static Classement.Candidat<String> c(String id, String numero, Instant depot, String score) {
        return new Classement.Candidat<>(id, numero, depot, new BigDecimal(score));
    }

    @Test
    void leMeilleurScorePasseDevant() {
        List<Classement.Place<String>> places = Classement.classer(List.of(
                c("b", "PTCE-2023-P2-00002", T0, "3.5"),
                c("a", "PTCE-2023-P2-00001", T0, "4.25"),
                c("c", "PTCE-2023-P2-00003", T0, "2")));
        assertThat(places).extracting(p -> p.candidat().id()).containsExactly("a", "b", "c");
        assertThat(places).extracting(Classement.Place::rang).containsExactly(1, 2, 3);
    }

    @Test
    void aScoreEgalLeDepotLePlusAncienPuisLeNumeroDepartagent() {
        List<Classement.Place<String>> places = Classement.classer(List.of(
                c("tard", "PTCE-2023-P2-00001", T0.plusSeconds(60), "4.000000"),
                c("tot-numero-2", "PTCE-2023-P2-00009", T0, "4"),
                c("tot-numero-1", "PTCE-2023-P2-00008", T0, "4.0")));
        assertThat(places).extracting(p -> p.candidat().id()).containsExactly("tot-numero-1", "tot-numero-2", "tard");
    }

    @Test
    void lOrdreNeDependPasDeLOrdreDEntree() {
        List<Classement.Candidat<String>> candidats = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidats.add(c("id" + i, String.format("PTCE-2023-P2-%05d", i), T0.plusSeconds(i % 3), (i % 4) + ".5"));
        }
        List<String> reference = Classement.classer(candidats).stream().map(p -> p.candidat().id()).toList();
        for (long graine = 0; graine < 5; graine++) {
            List<Classement.Candidat<String>> melange = new ArrayList<>(candidats);
            Collections.shuffle(melange, new Random(graine));
            assertThat(Classement.classer(melange).stream().map(p -> p.candidat().id()).toList()).isEqualTo(reference);
        }
    }

    @Test
    void laRegleEstEnonceePourLeComite() {
        assertThat(Classement.REGLE_DEPARTAGE).contains("déposé le plus tôt").contains("numéro");
    }
}

package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.portee.Portee;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of who may evaluate a file, and whom a list shows to whom, without Keycloak. */
class ChoixEvaluateurTest {

    private static final Evaluateur NATIONAL = new Evaluateur("n", "Luc Moreau", "luc@x.fr", Portee.nationale());
    private static final Evaluateur BRETAGNE = new Evaluateur("b", "Gwenn Kerhervé", "gwenn@x.fr", Portee.regions("Bretagne"));
    private static final Evaluateur OCCITANIE = new Evaluateur("o", "Jordi Castan", "jordi@x.fr", Portee.regions("Occitanie"));
    private static final Evaluateur SANS_PORTEE = new Evaluateur("s", "Sans", "s@x.fr", Portee.aucune());
    private static final Evaluateur SANS_COURRIEL = new Evaluateur("m", "Muet", " ", Portee.nationale());
    private static final List<Evaluateur> ANNUAIRE = List.of(NATIONAL, BRETAGNE, OCCITANIE, SANS_PORTEE, SANS_COURRIEL);

    private static ChoixEvaluateur.Resultat choisir(String sub, String region) {
        return ChoixEvaluateur.choisir(sub, ANNUAIRE, region, "porteur-1", Set.of("instr-1"));
    }

    @Test
    void unEvaluateurDeLaRegionOuNationalEstRetenu() {
        assertThat(choisir("b", "Bretagne").evaluateur()).contains(BRETAGNE);
        assertThat(choisir("n", "Bretagne").evaluateur()).contains(NATIONAL);
        assertThat(choisir("n", "Occitanie").evaluateur()).contains(NATIONAL);
        assertThat(choisir("b", "Bretagne").refus()).isNull();
    }

    @Test
    void toutAutreEstRefuseAvecSaRaison() {
        assertThat(choisir("o", "Bretagne").refus()).contains("ne couvre pas la région du dossier (Bretagne)");
        assertThat(choisir("b", null).refus()).contains("non renseignée");
        assertThat(choisir("s", "Bretagne").refus()).contains("ne couvre pas");
        assertThat(choisir("inconnu", "Bretagne").refus()).contains("aucun évaluateur de l'annuaire");
        assertThat(choisir("m", "Bretagne").refus()).contains("pas de courriel");
        assertThat(choisir("o", "Bretagne").evaluateur()).isEmpty();
    }

    @Test
    void niLePorteurNiLInstructeurMemeSIlsSontEvaluateurs() {
        List<Evaluateur> annuaire = List.of(new Evaluateur("porteur-1", "P", "p@x.fr", Portee.nationale()),
                new Evaluateur("instr-1", "I", "i@x.fr", Portee.nationale()));
        assertThat(ChoixEvaluateur.choisir("porteur-1", annuaire, "Bretagne", "porteur-1", Set.of("instr-1")).refus())
                .contains("porteur du dossier");
        assertThat(ChoixEvaluateur.choisir("instr-1", annuaire, "Bretagne", "porteur-1", Set.of("instr-1")).refus())
                .contains("l'instructeur");
    }

    @Test
    void uneListeMontreLesNationauxEtLesEvaluateursDesRegionsDeLAppelant() {
        Portee dreets = Portee.regions("Bretagne");
        assertThat(AnnuaireService.utilePour(dreets, NATIONAL.portee())).isTrue();
        assertThat(AnnuaireService.utilePour(dreets, BRETAGNE.portee())).isTrue();
        assertThat(AnnuaireService.utilePour(dreets, OCCITANIE.portee())).isFalse();
        assertThat(AnnuaireService.utilePour(Portee.nationale(), OCCITANIE.portee())).isTrue();
        assertThat(AnnuaireService.utilePour(Portee.nationale(), SANS_PORTEE.portee())).isFalse();
        assertThat(AnnuaireService.utilePour(Portee.aucune(), BRETAGNE.portee())).isFalse();
        assertThat(AnnuaireService.utilePour(Portee.aucune(), NATIONAL.portee())).isFalse();
    }
}

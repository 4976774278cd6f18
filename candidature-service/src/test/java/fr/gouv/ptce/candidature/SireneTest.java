package fr.gouv.ptce.candidature;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verified structures: with API Sirene configured (here the local {@link FauxSirene}), the SIRET of the
 * structure and of every member is checked at submission against what the register says.
 */
@QuarkusTest
@TestProfile(SireneTest.SireneConfiguree.class)
@Order(110)
class SireneTest {

    public static class SireneConfiguree implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FauxSirene.class));
        }
    }

    String structure;
    String ess;
    String horsEss;
    String collectivite;

    @BeforeEach
    void registre() {
        FauxSirene.reinitialiser();
        structure = Fixtures.siret();
        ess = Fixtures.siret();
        horsEss = Fixtures.siret();
        collectivite = Fixtures.siret();
        FauxSirene.connaitre(structure, true, "9220", "O");
        FauxSirene.connaitre(ess, true, "5458", "O");
        FauxSirene.connaitre(horsEss, true, "5499", "N");
        FauxSirene.connaitre(collectivite, true, "7346", null);
    }

    /** A complete draft whose structure is {@code structure} and whose members have these SIRETs. */
    String brouillon(String porteur, String formeJuridique, String siretEss, String siretHorsEss) {
        String id = Fixtures.brouillonComplet(porteur, Fixtures.campagnePhase1Ouverte(), structure);
        Map<String, Object> contenu = Fixtures.contenu(structure);
        Map<String, Object> s = new HashMap<>((Map<String, Object>) contenu.get("structure"));
        s.put("formeJuridique", formeJuridique);
        contenu.put("structure", s);
        contenu.put("membres", List.of(
                Map.of("nom", "Scop Bois du Val", "siret", siretEss, "type", "ENTREPRISE_ESS"),
                Map.of("nom", "Menuiserie Martin SARL", "siret", siretHorsEss, "type", "ENTREPRISE_HORS_ESS"),
                Map.of("nom", "Communauté de communes du Val", "siret", collectivite, "type", "COLLECTIVITE")));
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200);
        return id;
    }

    @Test
    void desSiretConformesAuRepertoireSontDeposesEtChaqueRequetePorteLaCle() {
        String porteur = Fixtures.porteur();
        String id = brouillon(porteur, "9220", ess, horsEss);
        Fixtures.deposer(porteur, id).then().statusCode(200).body("statut", equalTo("DEPOSEE"));
        assertEquals(4, FauxSirene.REQUETES.get(), "one lookup per distinct SIRET");
        assertEquals(0, FauxSirene.REFUSEES_SANS_CLE.get());
    }

    @Test
    void chaqueDesaccordAvecLeRepertoireEstNommeDansLe422() {
        String porteur = Fixtures.porteur();
        String inconnu = Fixtures.siret();
        FauxSirene.connaitre(horsEss, false, "5499", "O"); // closed, and in fact an ESS enterprise
        FauxSirene.connaitre(ess, true, "5499", "N");      // declared ESS, not registered as such
        String id = brouillon(porteur, "5710", ess, horsEss); // the register says 9220 for the structure
        Fixtures.deposer(porteur, id).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("candidature-non-eligible"))
                .body("violations.champ", containsInAnyOrder("structure.formeJuridique", "membres[0].type",
                        "membres[1].siret", "membres[1].type"))
                .body("violations.message", hasItem(containsString("CATEGORIE_JURIDIQUE_DIFFERENTE")))
                .body("violations.message", hasItem(containsString("9220 « Association déclarée »")))
                .body("violations.message", hasItem(containsString("STATUT_ESS_NON_CONFIRME")))
                .body("violations.message", hasItem(containsString("ETABLISSEMENT_MEMBRE_FERME")))
                .body("violations.message", hasItem(containsString("STATUT_ESS_CONTREDIT")));
        as(porteur).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("BROUILLON"))
                .body("numero", nullValue());

        // A SIRET the register does not know, for the structure and for a member.
        String autre = Fixtures.porteur();
        structure = inconnu;
        String id2 = brouillon(autre, "9220", Fixtures.siret(), horsEss);
        Fixtures.deposer(autre, id2).then().statusCode(422)
                .body("violations.champ", hasItem("structure.siret"))
                .body("violations.champ", hasItem("membres[0].siret"))
                .body("violations.message", hasItem(containsString("SIRET_INCONNU_SIRENE")))
                .body("violations.message", hasItem(containsString("SIRET_MEMBRE_INCONNU_SIRENE")));
    }

    @Test
    void uneLimiteDeDebitAtteinteEstAttendueSelonRetryAfterPuisLeDepotPasse() {
        String porteur = Fixtures.porteur();
        String id = brouillon(porteur, "9220", ess, horsEss);
        FauxSirene.LIMITE_ATTEINTE.set(2);
        long debut = System.nanoTime();
        Fixtures.deposer(porteur, id).then().statusCode(200).body("statut", equalTo("DEPOSEE"));
        assertEquals(6, FauxSirene.REQUETES.get(), "two 429 answered, then the four lookups");
        assertTrue(System.nanoTime() - debut >= 2_000_000_000L, "Retry-After: 1 honoured twice");
    }

    @Test
    void unRepertoireQuiNeRepondPasRefuseLeDepotEn503SansRienEcrire() {
        String porteur = Fixtures.porteur();
        String id = brouillon(porteur, "9220", ess, horsEss);
        int historique = as(porteur).get("/api/v1/candidatures/" + id).then().extract().path("historique.size()");
        FauxSirene.pannes = 500;
        Fixtures.deposer(porteur, id).then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("sirene-indisponible"))
                .body("detail", containsString("n'a pas été déposée"));
        FauxSirene.pannes = 0;
        FauxSirene.lenteur = 1500; // over the 1 s the profile allows
        Fixtures.deposer(porteur, id).then().statusCode(503).body("code", equalTo("sirene-indisponible"));
        FauxSirene.lenteur = 0;
        FauxSirene.LIMITE_ATTEINTE.set(10); // never lifted within the three attempts
        Fixtures.deposer(porteur, id).then().statusCode(503).body("code", equalTo("sirene-indisponible"));
        as(porteur).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("BROUILLON"))
                .body("numero", nullValue()).body("historique.size()", equalTo(historique));
        FauxSirene.LIMITE_ATTEINTE.set(0);
        Fixtures.deposer(porteur, id).then().statusCode(200);
    }

    @Test
    void uneCleRefuseeParLeRepertoireEstUne503EtNonUneValidation() {
        String porteur = Fixtures.porteur();
        String id = brouillon(porteur, "9220", ess, horsEss);
        FauxSirene.cleAttendue = "une-autre-cle";
        Fixtures.deposer(porteur, id).then().statusCode(503).body("code", equalTo("sirene-indisponible"));
        assertEquals(1, FauxSirene.REFUSEES_SANS_CLE.get());
        as(porteur).get("/api/v1/candidatures/" + id).then().body("statut", equalTo("BROUILLON"));
    }
}

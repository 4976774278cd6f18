package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.events.EventCatalogue;
import fr.gouv.ptce.commons.testing.KafkaTestClient;
import fr.gouv.ptce.commons.testing.TestDatabase;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.gouv.ptce.candidature.Fixtures.ADMIN;
import static fr.gouv.ptce.candidature.Fixtures.INSTRUCTEUR;
import static fr.gouv.ptce.candidature.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PTCE directory: fed by lauréat events and the State's CSV, searched, exported as open data. */
@QuarkusTest
@Order(10)
class AnnuaireTest {

    private static final Duration ATTENTE = Duration.ofSeconds(30);
    static final String PARTENAIRE = TestTokens.forUser("ministere", "partenaire");
    private static final String ENTETE = "siret;raison_sociale;code_commune;commune;secteurs;edition;campagne;phase\n";

    /** Sends laureat.phase1.designe for {@code siret} (catalogue example, our values). */
    static void designer(String eventId, String siret, String campagneId, String raisonSociale) {
        ObjectNode laureat = EventCatalogue.example("laureat.phase1.designe").deepCopy();
        laureat.put("siret", siret);
        laureat.put("candidatureId", UUID.randomUUID().toString());
        laureat.put("raisonSociale", raisonSociale);
        if (campagneId != null) {
            laureat.put("campagneId", campagneId);
        }
        KafkaTestClient.send("ptce.decisions", siret, "laureat.phase1.designe", eventId, laureat);
    }

    static void attendreDansAnnuaire(String siret, String phase) {
        await().atMost(ATTENTE).untilAsserted(() -> as(PARTENAIRE).queryParam("q", siret).get("/api/v1/annuaire")
                .then().statusCode(200).body("elements", hasSize(1)).body("elements[0].phase", equalTo(phase)));
    }

    static int lignes(String siret) throws Exception {
        try (Connection c = TestDatabase.connect("candidature");
             PreparedStatement ps = c.prepareStatement("select count(*) from annuaire_ptce where siret = ?")) {
            ps.setString(1, siret);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void unLaureatEntreUneSeuleFoisDansLAnnuaireMemeRelivre() throws Exception {
        String siret = Fixtures.siret();
        String eventId = UUID.randomUUID().toString();
        designer(eventId, siret, null, "Pôle Coopératif des Tanneurs");
        designer(eventId, siret, null, "Pôle Coopératif des Tanneurs"); // redelivery: same event id
        designer(UUID.randomUUID().toString(), siret, null, "Pôle Coopératif des Tanneurs"); // same fact, new id
        attendreDansAnnuaire(siret, "EMERGENT");
        Thread.sleep(1500);
        assertEquals(1, lignes(siret));
        as(Fixtures.porteur()).queryParam("q", "pole cooperatif des tanneurs").get("/api/v1/annuaire").then().statusCode(200)
                .body("elements", hasSize(1))
                .body("elements[0].siret", equalTo(siret))
                .body("elements[0].codeCommune", equalTo("35238"))
                .body("elements[0].departement", equalTo("35"))
                .body("elements[0].region", equalTo("Bretagne"))
                .body("elements[0].secteurs", equalTo(List.of("BOIS", "CONSTRUCTION")))
                .body("elements[0].edition.campagneCode", equalTo("PTCE-2023-P1"))
                .body("elements[0].edition.annee", equalTo(2023));
    }

    @Test
    void unLaureatDePhase2EstSignaleDansLAnnuaire() {
        String campagne = Fixtures.campagnePubliee(Fixtures.campagnePhase2("2020-01-01T00:00:00+01:00", "2099-07-31T12:00:00+02:00"));
        String siret = Fixtures.siret();
        designer(UUID.randomUUID().toString(), siret, null, "Pôle Phase Deux");
        attendreDansAnnuaire(siret, "EMERGENT");
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(porteur, campagne, siret);
        Fixtures.deposer(porteur, id).then().statusCode(200);
        ObjectNode decision = ParcoursCandidatureTest.exemple("decision.rendue", id);
        decision.put("siret", siret);
        KafkaTestClient.send("ptce.decisions", id, "decision.rendue", UUID.randomUUID().toString(), decision);
        attendreDansAnnuaire(siret, "LAUREAT_PHASE_2");
    }

    @Test
    void limportGardeLesBonnesLignesNumeroteLesMauvaisesEtMetAJourSansDoublon() throws Exception {
        String a = Fixtures.siret();
        String b = Fixtures.siret();
        String csv = ENTETE
                + a + ";Pôle Import A;2A004;Ajaccio;TOURISME|AGRICULTURE;2014;;\n"
                + "12345678901234;Mauvais;35238;;;;;\n"
                + b + ";Pôle Import B;97411;Saint-Denis;NUMERIQUE;2015;;LAUREAT_PHASE_2\n"
                + b.substring(1) + ";SIRET court;97411;;;;;\n";
        importer(csv).then().statusCode(200)
                .body("lignesLues", equalTo(4)).body("creees", equalTo(2)).body("misesAJour", equalTo(0))
                .body("erreurs.ligne", equalTo(List.of(3, 5)))
                .body("erreurs[0].message", startsWith("siret"));
        as(INSTRUCTEUR).queryParam("q", a).get("/api/v1/annuaire").then().statusCode(200)
                .body("elements[0].region", equalTo("Corse")).body("elements[0].departement", equalTo("2A"))
                .body("elements[0].commune", equalTo("Ajaccio")).body("elements[0].edition.annee", equalTo(2014));
        as(INSTRUCTEUR).queryParam("q", b).get("/api/v1/annuaire").then().statusCode(200)
                .body("elements[0].region", equalTo("La Réunion")).body("elements[0].phase", equalTo("LAUREAT_PHASE_2"));

        // A re-import updates by SIRET: the new name, no second row.
        importer(ENTETE + a + ";Pôle Import A renommé;2A004;Ajaccio;TOURISME;2014;;\n").then().statusCode(200)
                .body("creees", equalTo(0)).body("misesAJour", equalTo(1)).body("erreurs", hasSize(0));
        assertEquals(1, lignes(a));
        as(PARTENAIRE).queryParam("q", a).get("/api/v1/annuaire").then()
                .body("elements[0].raisonSociale", equalTo("Pôle Import A renommé"));

        // A wrong header or a non-UTF-8 file: 400 naming the file; nothing imported.
        importer("siret,nom\n" + a + ",X\n").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].champ", equalTo("fichier"));
        given().auth().oauth2(ADMIN).contentType("text/csv")
                .body((ENTETE + Fixtures.siret() + ";P\u00f4le;35238;;;;;\n").getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/annuaire/import").then().statusCode(400).body("violations[0].champ", equalTo("fichier"))
                .body("violations[0].message", containsString("UTF-8"));
        // Only the admin imports; reading needs a token.
        given().auth().oauth2(PARTENAIRE).contentType("text/csv").body(ENTETE).post("/api/v1/annuaire/import")
                .then().statusCode(403);
        given().get("/api/v1/annuaire").then().statusCode(401);
    }

    @Test
    void laRechercheFiltreEtPagine() {
        String marqueur = "Filtre" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(ENTETE);
        List<String> sirets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String s = Fixtures.siret();
            sirets.add(s);
            String commune = i < 3 ? "29019" : "56260"; // Brest (29), Vannes (56)
            String secteur = i % 2 == 0 ? "BOIS" : "BOISSON";
            csv.append(s).append(";").append(marqueur).append(" ").append(i).append(";").append(commune).append(";;")
                    .append(secteur).append(";2016;;\n");
        }
        importer(csv.toString()).then().statusCode(200).body("creees", equalTo(5));
        as(PARTENAIRE).queryParam("q", marqueur).queryParam("departement", "29").get("/api/v1/annuaire").then()
                .body("elements", hasSize(3));
        as(PARTENAIRE).queryParam("q", marqueur).queryParam("secteur", "bois").get("/api/v1/annuaire").then()
                .body("elements", hasSize(3));
        as(PARTENAIRE).queryParam("q", marqueur).queryParam("region", "Bretagne").queryParam("secteur", "BOISSON")
                .get("/api/v1/annuaire").then().body("elements", hasSize(2));
        // Pages of 2: 2 + 2 + 1, in order of entry, no element twice.
        List<String> vus = new ArrayList<>();
        String curseur = null;
        int pages = 0;
        do {
            var req = as(PARTENAIRE).queryParam("q", marqueur).queryParam("taille", 2);
            if (curseur != null) {
                req = req.queryParam("curseur", curseur);
            }
            var r = req.get("/api/v1/annuaire").then().statusCode(200).extract();
            vus.addAll(r.path("elements.siret"));
            curseur = r.path("curseurSuivant");
            pages++;
        } while (curseur != null);
        assertEquals(sirets, vus);
        assertEquals(3, pages);
        as(PARTENAIRE).queryParam("taille", 0).get("/api/v1/annuaire").then().statusCode(400);
        as(PARTENAIRE).queryParam("curseur", "pas-un-curseur").get("/api/v1/annuaire").then().statusCode(400)
                .body("violations[0].champ", equalTo("curseur"));
    }

    @Test
    void lesDonneesOuvertesNeContiennentAucuneDonneePersonnelle() {
        // A lauréat whose file names a person, with e-mail and phone: none of it may leave.
        String campagne = Fixtures.campagnePhase1Ouverte();
        String porteur = Fixtures.porteur();
        String siret = Fixtures.siret();
        String id = Fixtures.brouillon(porteur, campagne, siret);
        Map<String, Object> contenu = Fixtures.contenu(siret);
        contenu.put("contact", Map.of("nom", "Claire Durand", "email", "claire@pole-val.fr", "telephone", "0612345678"));
        as(porteur).body(contenu).put("/api/v1/candidatures/" + id).then().statusCode(200);
        designer(UUID.randomUUID().toString(), siret, campagne, "Pôle Coopératif du Val");
        attendreDansAnnuaire(siret, "EMERGENT");

        var reponse = given().get("/api/v1/donnees-ouvertes/annuaire.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract();
        assertTrue(reponse.contentType().toLowerCase().contains("charset=utf-8"));
        String csv = new String(reponse.asByteArray(), StandardCharsets.UTF_8);
        String[] lignes = csv.split("\r\n");
        assertEquals("\uFEFFsiret;raison_sociale;commune;code_commune;departement;region;secteurs;edition;campagne;phase", lignes[0]);
        assertTrue(csv.contains(siret + ";Pôle Coopératif du Val;;35238;35;Bretagne;BOIS|CONSTRUCTION;"), csv);
        assertFalse(csv.contains("@"), "aucune adresse électronique");
        assertFalse(csv.contains("Claire") || csv.contains("Durand"), "aucun nom de personne");
        assertFalse(csv.contains("0612345678") || csv.contains("8d2f4c1e"), "ni téléphone ni identifiant de personne");

        String json = given().queryParam("q", siret).get("/api/v1/donnees-ouvertes/annuaire").then().statusCode(200)
                .body("elements", hasSize(1)).extract().asString();
        assertFalse(json.contains("@") || json.contains("Durand") || json.contains("porteur"), json);
    }

    @Test
    void lesStatistiquesCorrespondentAuxDonnees() {
        // Corse 2020: an edition and région no other test writes to.
        Map<String, Number> avant = statistiques();
        String campagne = Fixtures.campagnePhase1Ouverte(); // opens in 2020
        String porteur = Fixtures.porteur();
        for (int i = 0; i < 3; i++) {
            String id = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
            as(porteur).body(corse(id)).put("/api/v1/candidatures/" + id).then().statusCode(200);
            if (i < 2) {
                Fixtures.deposer(porteur, id).then().statusCode(200);
            }
            if (i == 1) {
                as(porteur).body("{}").post("/api/v1/candidatures/" + id + "/retrait").then().statusCode(200);
            }
        }
        ObjectNode laureat = EventCatalogue.example("laureat.phase1.designe").deepCopy();
        String siret = Fixtures.siret();
        laureat.put("siret", siret).put("campagneId", campagne).put("codeCommune", "2A004").put("departement", "2A")
                .put("region", "Corse").put("candidatureId", UUID.randomUUID().toString());
        KafkaTestClient.send("ptce.decisions", siret, "laureat.phase1.designe", UUID.randomUUID().toString(), laureat);
        attendreDansAnnuaire(siret, "EMERGENT");

        Map<String, Number> apres = statistiques();
        assertEquals(avant.getOrDefault("DEPOSEE", 0).intValue() + 1, apres.get("DEPOSEE").intValue());
        assertEquals(avant.getOrDefault("RETIREE", 0).intValue() + 1, apres.get("RETIREE").intValue());
        assertFalse(apres.containsKey("BROUILLON"), "un brouillon n'est pas une candidature reçue");
        assertEquals(avant.getOrDefault("EMERGENT", 0).intValue() + 1, apres.get("EMERGENT").intValue());
        given().get("/api/v1/donnees-ouvertes/statistiques").then().statusCode(401);
        as(Fixtures.porteur()).get("/api/v1/donnees-ouvertes/statistiques").then().statusCode(403);
    }

    private static Map<String, Object> corse(String id) {
        Map<String, Object> contenu = Fixtures.contenu(Fixtures.siret());
        contenu.put("structure", Map.of("siret", Fixtures.siret(), "raisonSociale", "Pôle Corse " + id,
                "formeJuridique", "5460", "adresse", "1 cours Napoléon, 20000 Ajaccio", "codeCommune", "2A004"));
        return contenu;
    }

    @SuppressWarnings("unchecked")
    /** Statuses and phases counted for Corse, 2020, merged in one map (their names do not overlap). */
    private static Map<String, Number> statistiques() {
        List<Map<String, Object>> lignes = as(PARTENAIRE).queryParam("edition", 2020).queryParam("region", "Corse")
                .get("/api/v1/donnees-ouvertes/statistiques").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Number> m = new java.util.HashMap<>();
        for (Map<String, Object> l : lignes) {
            assertEquals(2020, l.get("edition"));
            assertEquals("Corse", l.get("region"));
            ((Map<String, Number>) l.get("candidaturesParStatut")).forEach(m::put);
            ((Map<String, Number>) l.get("laureatsParPhase")).forEach(m::put);
        }
        return m;
    }

    private static io.restassured.response.Response importer(String csv) {
        return given().auth().oauth2(ADMIN).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/annuaire/import");
    }
}

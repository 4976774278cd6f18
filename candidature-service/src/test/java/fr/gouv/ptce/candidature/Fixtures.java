package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;

/** Shared helpers for the @QuarkusTests: tokens, campaigns, complete applications, files. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.forUser("admin-1", "admin");
    public static final String INSTRUCTEUR = TestTokens.forUser("instructeur-1", "instructeur");

    private Fixtures() {
    }

    public static String porteur() {
        return TestTokens.forUser("porteur-" + UUID.randomUUID(), "porteur");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A valid SIRET (Luhn) never used before in this JVM, with high probability. */
    public static String siret() {
        StringBuilder sb = new StringBuilder("7");
        for (int i = 0; i < 12; i++) {
            sb.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int d = 0; d < 10; d++) {
            String candidat = sb.toString() + d;
            if (luhn(candidat)) {
                return candidat;
            }
        }
        throw new IllegalStateException();
    }

    static boolean luhn(String s) {
        int sum = 0;
        boolean dbl = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            int c = s.charAt(i) - '0';
            if (dbl) {
                c *= 2;
                if (c > 9) {
                    c -= 9;
                }
            }
            sum += c;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    public static String code(String prefixe) {
        return prefixe + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A phase-2 campaign body (2023 edition) with the given window; no schedule → the default. */
    public static Map<String, Object> campagnePhase2(String ouverture, String cloture) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code("P2"));
        m.put("libelle", "AMI PTCE phase 2");
        m.put("phase", "PHASE_2");
        m.put("ouverture", ouverture);
        m.put("cloture", cloture);
        m.put("maxLaureats", 15);
        m.put("montantParLaureat", 100000.00);
        m.put("enveloppe", 1500000.00);
        m.put("dureeMois", 24);
        m.put("grille", List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2)));
        return m;
    }

    public static Map<String, Object> campagnePhase1(String ouverture, String cloture) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code("P1"));
        m.put("libelle", "AMI PTCE phase 1");
        m.put("phase", "PHASE_1");
        m.put("ouverture", ouverture);
        m.put("cloture", cloture);
        return m;
    }

    /** Creates and publishes a campaign; returns its id. */
    public static String campagnePubliee(Map<String, Object> corps) {
        String id = as(ADMIN).body(corps).post("/api/v1/campagnes").then().statusCode(201).extract().path("id");
        as(ADMIN).post("/api/v1/campagnes/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** A phase-1 campaign open for years around now (real time) — for tests that do not move the clock. */
    public static String campagnePhase1Ouverte() {
        return campagnePubliee(campagnePhase1("2020-01-01T00:00:00+01:00", "2099-12-31T00:00:00+01:00"));
    }

    public static Map<String, Object> contenu(String siret) {
        Map<String, Object> m = new HashMap<>();
        m.put("structure", Map.of("siret", siret, "raisonSociale", "Pôle Coopératif du Val",
                "formeJuridique", "9220", "adresse", "12 rue des Tanneurs, 35000 Rennes",
                "codeCommune", "35238"));
        m.put("territoire", "Pays de Rennes");
        m.put("membres", List.of(
                Map.of("nom", "Scop Bois du Val", "type", "ENTREPRISE_ESS"),
                Map.of("nom", "Menuiserie Martin SARL", "type", "ENTREPRISE_HORS_ESS"),
                Map.of("nom", "Communauté de communes du Val", "type", "COLLECTIVITE")));
        m.put("projet", Map.of("titre", "Filière bois local", "description", "Structurer une filière bois locale.",
                "secteurs", List.of("BOIS"), "emploisVises", 12, "budget", 250000.00));
        m.put("contact", Map.of("nom", "Claire Durand", "email", "claire@pole-val.fr"));
        return m;
    }

    public static String brouillon(String token, String campagneId, String siret) {
        Map<String, Object> corps = contenu(siret);
        corps.put("campagneId", campagneId);
        return as(token).body(corps).post("/api/v1/candidatures").then().statusCode(201).extract().path("id");
    }

    /** A draft with its two required attachments, ready to submit. */
    public static String brouillonComplet(String token, String campagneId, String siret) {
        String id = brouillon(token, campagneId, siret);
        joindre(token, id, "STATUTS", "statuts.pdf", pdf()).then().statusCode(201);
        joindre(token, id, "BUDGET", "budget.pdf", pdf()).then().statusCode(201);
        return id;
    }

    public static Response joindre(String token, String candidatureId, String type, String nom, byte[] contenu) {
        return given().auth().oauth2(token).multiPart("type", type)
                .multiPart("fichier", nom, contenu, "application/octet-stream")
                .post("/api/v1/candidatures/" + candidatureId + "/pieces");
    }

    public static Response deposer(String token, String id) {
        return as(token).post("/api/v1/candidatures/" + id + "/depot");
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << >> endobj\n" + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] zip(String entree, String texte) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(entree));
                z.write(texte.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
                z.putNextEntry(new ZipEntry("content.xml"));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
    }

    public static byte[] odt() {
        return zip("mimetype", "application/vnd.oasis.opendocument.text");
    }
}

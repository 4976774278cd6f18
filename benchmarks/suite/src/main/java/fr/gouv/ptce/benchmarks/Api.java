package fr.gouv.ptce.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The public API calls the set-up needs, with the bodies the system tests use (valid SIRETs with a
 * Luhn key, real communes, the three-criteria grid, two PDF attachments).
 */
public final class Api {

    /** Communes (INSEE codes) in several régions, so that région filters have something to filter. */
    public static final List<String> COMMUNES = List.of("35238", "29019", "44109", "69123", "13055", "31555",
            "33063", "59350", "67482", "75056", "34172", "21231", "45234");

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Settings s;

    public Api(Settings s) {
        this.s = s;
    }

    public String candidature() {
        return s.url(s.candidature()) + "/api/v1";
    }

    /** A published campaign open now (opened last year, closing next year). */
    public String campagnePubliee(String admin, String code, String phase) {
        int year = java.time.Year.now().getValue();
        Map<String, Object> c = new HashMap<>(Map.of("code", code, "libelle", "Campagne de mesure " + code, "phase", phase,
                "ouverture", (year - 1) + "-01-01T00:00:00+01:00", "cloture", (year + 1) + "-12-31T00:00:00+01:00",
                "grille", grille()));
        if ("PHASE_2".equals(phase)) {
            c.putAll(Map.of("maxLaureats", 15, "montantParLaureat", "100000.00", "enveloppe", "1500000.00", "dureeMois", 24));
        }
        String id = Http.postJson(candidature() + "/campagnes", admin, c).expect(201).json().get("id").asText();
        Http.postJson(candidature() + "/campagnes/" + id + "/publication", admin, Map.of()).expect(200, 204);
        return id;
    }

    public static List<Map<String, Object>> grille() {
        return List.of(
                Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial et coopération", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2),
                Map.of("code", "IMPACT", "libelle", "Impact social et emplois", "poids", 2));
    }

    /** A complete draft ready for depot: created, filled, both mandatory attachments uploaded. */
    public String brouillonComplet(String token, String campagneId) {
        String id = Http.postJson(candidature() + "/candidatures", token, Map.of("campagneId", campagneId))
                .expect(201).json().get("id").asText();
        Http.putJson(candidature() + "/candidatures/" + id, token, contenu(siret(ThreadLocalRandom.current()),
                COMMUNES.get(ThreadLocalRandom.current().nextInt(COMMUNES.size())))).expect(200);
        upload(token, id, "STATUTS");
        upload(token, id, "BUDGET");
        return id;
    }

    public JsonNode deposer(String token, String id) {
        return Http.postJson(candidature() + "/candidatures/" + id + "/depot", token, Map.of()).expect(200).json();
    }

    public void upload(String token, String candidatureId, String type) {
        String boundary = "----bench" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + type.toLowerCase() + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[h.length + PDF.length + t.length];
        System.arraycopy(h, 0, body, 0, h.length);
        System.arraycopy(PDF, 0, body, h.length, PDF.length);
        System.arraycopy(t, 0, body, h.length + PDF.length, t.length);
        Http.postBytes(candidature() + "/candidatures/" + candidatureId + "/pieces", token,
                "multipart/form-data; boundary=" + boundary, body).expect(201);
    }

    public static Map<String, Object> contenu(String siret, String commune) {
        return Map.of(
                "structure", Map.of("siret", siret, "raisonSociale", "Pôle coopératif " + siret.substring(8),
                        "formeJuridique", "9220", "adresse", "12 rue des Tanneurs", "codeCommune", commune),
                "territoire", "Bassin de vie",
                "membres", List.of(
                        Map.of("nom", "Scop Bois", "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Menuiserie Martin SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Communauté de communes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Filière locale", "description",
                        "Structurer une filière locale entre ESS et entreprises.", "secteurs", List.of("BOIS"),
                        "emploisVises", 12, "budget", "250000.00"),
                "contact", Map.of("nom", "Claire Durand", "email", "contact-" + siret + "@bench.ptce.fr"));
    }

    /** A 14-digit SIRET with a valid Luhn key. */
    public static String siret(Random random) {
        int[] d = new int[14];
        d[0] = 1 + random.nextInt(8);
        for (int i = 1; i < 13; i++) {
            d[i] = random.nextInt(10);
        }
        return luhnComplete(d);
    }

    /** Completes 13 digits with the key that makes the Luhn sum a multiple of 10. */
    public static String luhnComplete(int[] d) {
        for (int check = 0; check < 10; check++) {
            d[13] = check;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int v = d[i] * ((i % 2 == 0) ? 2 : 1);
                sum += v > 9 ? v - 9 : v;
            }
            if (sum % 10 == 0) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder(14);
        for (int x : d) {
            sb.append(x);
        }
        return sb.toString();
    }
}

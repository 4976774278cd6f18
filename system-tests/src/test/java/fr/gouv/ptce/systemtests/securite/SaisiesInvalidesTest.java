package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.gouv.ptce.launcher.DemoAccounts;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.securite.CorpsExemple.Champ;
import fr.gouv.ptce.systemtests.securite.OperationsApi.Operation;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.PtceClient.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, for every /api/v1 operation of the services' OpenAPI documents (the test clock's
 * included; the sweep fails if one operation gets no bad input at all), sent with the token of a role the operation allows: wrong types, missing and null
 * required fields, 1 MB strings, 10,000 nested arrays, invalid UTF-8, malformed JSON, a wrong
 * content type, negative and huge amounts, dates without offset, unknown enum values and ids, bad
 * page sizes and cursors, and for the piece upload a file that claims to be a PDF and is not, with
 * or without a path-traversal name, and an Accept header naming a format the operation does not produce. Each must be refused with a 4xx application/problem+json in
 * French, naming the field at fault when one field is, never a 5xx nor an exception in the body;
 * and the row counts of every table of the four databases must be the same afterwards.
 *
 * <p>Free-text policy: a script or SQL text is legitimate content of a free-text field (a project
 * description may quote code); the platform must store it as text, return it verbatim as JSON and
 * never execute it. So the sweep sends such payloads only in bodies made invalid elsewhere (they
 * must be refused for that other reason, and nothing stored), and
 * {@link #unTexteLibreHostileEstGardeTelQuelSansEffet} checks that a valid body carrying them
 * round-trips verbatim with every table intact.
 */
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SaisiesInvalidesTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String SCRIPT = "<script>alert('ptce')</script>";
    private static final String SQL = "'; DROP TABLE candidature; --";
    private static final String MEGA = "x".repeat(1024 * 1024);
    private static final Set<String> ENGLISH_TITLES = Set.of("Bad Request", "Not Found", "Unauthorized", "Forbidden",
            "Unsupported Media Type", "Internal Server Error", "Request Entity Too Large", "Method Not Allowed", "Conflict");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (java|io|org|fr|com|jdk)\\.|Caused by|org\\.hibernate|com\\.fasterxml|io\\.vertx|io\\.quarkus|SQLState|PSQL");

    /** One bad input: what it is, which field it breaks (null: the body or request as a whole), and the call. */
    private record Essai(Operation op, String nature, String champ, boolean nommer, Supplier<Response> appel) {
    }

    @Test
    @Order(1)
    void unTexteLibreHostileEstGardeTelQuelSansEffet(PtceClient client) {
        JeuDeDonnees d = JeuDeDonnees.of(client);
        String porteur = client.tokenFor("porteur1");
        String hostile = SCRIPT + " " + SQL + " \" OR 1=1 -- ${jndi:ldap://x}";
        Map<String, Long> before = Comptages.whenQuiet(Duration.ofSeconds(60));
        Response put = client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + d.brouillon, porteur, d.contenu(hostile));
        assertEquals(200, put.status(), put.toString());
        Response read = client.get(Service.CANDIDATURE, "/api/v1/candidatures/" + d.brouillon, porteur);
        assertEquals(hostile, read.json().path("projet").path("description").asText(), "stored and returned verbatim");
        assertTrue(read.header("Content-Type").startsWith("application/json"), "returned as JSON data, never as HTML");
        Map<String, Long> after = Comptages.whenQuiet(Duration.ofSeconds(60));
        assertEquals(before.keySet(), after.keySet(), "every table still exists");
        assertEquals(before, after, "an update of a draft adds no row: " + Comptages.differences(before, after));
    }

    @Test
    @Order(2)
    void unNomDeFichierQuiRemonteLArborescenceNeSortPasDuDossier(PtceClient client) {
        JeuDeDonnees d = JeuDeDonnees.of(client);
        String porteur = client.tokenFor("porteur1");
        Response r = JeuDeDonnees.upload(client, porteur, d.brouillon, "AUTRE", "../../../etc/passwd/..\\..\\statuts.pdf", JeuDeDonnees.pdf());
        // Refusing the name, or keeping only a harmless last segment, are both safe; keeping the path is not.
        if (r.status() / 100 == 2) {
            String nom = r.json().path("nomFichier").asText();
            assertFalse(nom.contains("/") || nom.contains("\\") || nom.contains(".."), "stored file name still a path: " + nom);
            Response del = client.delete(Service.CANDIDATURE, "/api/v1/candidatures/" + d.brouillon + "/pieces/"
                    + r.json().get("id").asText(), porteur);
            assertEquals(204, del.status(), del.toString());
        } else {
            assertProblem(r, 400, 499);
        }
    }

    @Test
    @Order(3)
    void aucuneSaisieInvalideNEstAccepteeNiEnregistree(PtceClient client) throws Exception {
        JeuDeDonnees d = JeuDeDonnees.of(client);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (DemoAccounts.User u : DemoAccounts.USERS) {
            tokens.putIfAbsent(u.role(), client.tokenFor(u.username()));
        }
        tokens.put("partenaire", client.partnerToken());

        List<Essai> essais = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (Operation op : OperationsApi.all(client)) {
            String role = op.roles().stream().filter(tokens::containsKey).findFirst().orElse("admin");
            String token = tokens.get(role);
            int n = essais.size();
            essais.addAll(queryEssais(client, op, token));
            essais.addAll(pathEssais(client, op, token));
            if (op.bodySchema() != null) {
                essais.addAll(bodyEssais(client, op, token));
            } else if (op.contentTypes().contains("multipart/form-data")) {
                essais.addAll(multipartEssais(client, op, d, client.tokenFor("porteur1")));
            } else if (!op.contentTypes().isEmpty()) {
                essais.addAll(rawBodyEssais(client, op, token));
            }
            essais.addAll(acceptEssais(client, op, token));
            if (essais.size() > n) {
                covered.add(op.toString());
            }
            all.add(op.toString());
        }
        Set<String> uncovered = new TreeSet<>(all);
        uncovered.removeAll(covered);
        assertTrue(uncovered.isEmpty(), "operations without a bad input: " + uncovered);

        Map<String, Long> before = Comptages.whenQuiet(Duration.ofSeconds(90));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Essai e : essais) {
                done.add(pool.submit(() -> check(e, failures)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Long> after = Comptages.whenQuiet(Duration.ofSeconds(90));

        System.out.printf("Bad-input sweep: %d operations (all of them), %d bad inputs tried, %d refused as expected; "
                        + "%d tables counted, %d changed%n", covered.size(), essais.size(), essais.size() - failures.size(),
                before.size(), Comptages.differences(before, after).size());
        List<String> diffs = Comptages.differences(before, after);
        assertTrue(failures.isEmpty(), failures.size() + " bad input(s) not refused properly:\n" + String.join("\n", failures));
        assertTrue(diffs.isEmpty(), "rows were stored by refused requests:\n" + String.join("\n", diffs));
    }

    // --- the bad inputs ----------------------------------------------------------------------------

    private static List<Essai> queryEssais(PtceClient client, Operation op, String token) {
        List<Essai> out = new ArrayList<>();
        for (OperationsApi.Parametre p : op.in("query")) {
            JsonNode s = op.resolve(p.schema());
            List<String> bad = new ArrayList<>();
            String type = s.path("type").asText("string");
            String format = s.path("format").asText("");
            if (type.equals("integer")) {
                bad.addAll(List.of("-1", "1000000", "abc", "99999999999"));
            } else if (s.has("enum")) {
                bad.add("INCONNU");
            } else if (format.equals("uuid") || s.path("pattern").asText().startsWith("[a-fA-F0-9]{8}")) {
                bad.add("pas-un-uuid");
            } else if (format.equals("date")) {
                bad.addAll(List.of("2026-13-45", "31/12/2026"));
            } else if (p.name().equals("curseur")) {
                bad.addAll(List.of("garbage", "%%%", "eyJpZCI6IjEnIE9SIDE9MSJ9"));
            }
            for (String v : bad) {
                out.add(new Essai(op, "paramètre " + p.name() + "=" + v, p.name(), true,
                        () -> send(client, op, concrete(op, null) + "?" + p.name() + "=" + enc(v), token, null, null)));
            }
            if (bad.isEmpty()) {
                // A free-text filter: searching for hostile text is legitimate (2xx), failing on it is not.
                for (String v : List.of(SQL, SCRIPT, "\u0000", "é".repeat(500))) {
                    out.add(new Essai(op, "recherche " + p.name() + " hostile", null, false,
                            () -> send(client, op, concrete(op, null) + "?" + p.name() + "=" + enc(v), token, null, null)));
                }
            }
        }
        return out;
    }

    /**
     * Every operation, even one without a body or parameters: an Accept header naming a format it
     * does not produce (JSON for a CSV export, XML otherwise) must be refused with a problem (406),
     * and the operation must not run. Skipped only for an operation that answers any format (a
     * file download) or none declared, which JAX-RS rightly serves whatever the Accept.
     */
    private static List<Essai> acceptEssais(PtceClient client, Operation op, String token) {
        if (op.produces().isEmpty() || op.produces().stream().anyMatch(t -> t.startsWith("*/"))) {
            return List.of();
        }
        String accept = op.produces().contains("application/json") ? "application/xml" : "application/json";
        String path = concrete(op, null);
        boolean body = op.bodySchema() != null;
        // An empty object, not a valid body: should the format go unchecked, the call is still refused and changes nothing.
        String json = body ? "{}" : null;
        return List.of(new Essai(op, "format de réponse non produit (Accept: " + accept + ")", null, false,
                () -> JeuDeDonnees.raw(client, op.method().toUpperCase(), op.service(), path, token,
                        body ? "application/json" : null, json == null ? null : json.getBytes(StandardCharsets.UTF_8), accept)));
    }

    private static List<Essai> pathEssais(PtceClient client, Operation op, String token) {
        List<Essai> out = new ArrayList<>();
        if (op.in("path").isEmpty()) {
            return out;
        }
        for (String v : List.of("pas-un-identifiant", "..%2F..%2F..%2Fetc%2Fpasswd", "1%27%20OR%20%271%27%3D%271")) {
            String path = op.path().replaceAll("\\{[^}]+}", v);
            Object body = op.bodySchema() != null ? CorpsExemple.of(op) : null;
            out.add(new Essai(op, "identifiant " + v, null, false, () -> send(client, op, path, token,
                    body == null ? null : "application/json", body == null ? null : write(body))));
        }
        return out;
    }

    private static List<Essai> bodyEssais(PtceClient client, Operation op, String token) {
        List<Essai> out = new ArrayList<>();
        JsonNode base = CorpsExemple.of(op);
        String path = concrete(op, null);
        List<Champ> champs = CorpsExemple.champs(op, base);
        for (Champ c : champs) {
            String t = c.type();
            boolean uuid = c.schema().path("format").asText().equals("uuid")
                    || c.schema().path("pattern").asText().startsWith("[a-fA-F0-9]{8}");
            JsonNode wrong = switch (t) {
                case "string" -> F.objectNode().put("x", 1);
                case "array" -> F.textNode("pas une liste");
                case "object" -> F.arrayNode().add(1).add(2);
                case "boolean" -> F.textNode("peut-être");
                default -> F.textNode("pas un nombre");
            };
            out.add(field(client, op, token, path, base, c, "type inattendu", wrong));
            if (c.requis()) {
                out.add(field(client, op, token, path, base, c, "champ absent", null));
                out.add(field(client, op, token, path, base, c, "champ null", F.nullNode()));
            }
            if (c.texte()) {
                // Bounded fields must say so by name; an unbounded one (no maxLength) may end in 404 on an unknown id.
                Essai e = field(client, op, token, path, base, c, "texte de 1 Mo", F.textNode(MEGA));
                out.add(new Essai(op, e.nature(), c.nom(), c.schema().has("maxLength"), e.appel()));
            }
            if (c.argent()) {
                out.add(field(client, op, token, path, base, c, "montant négatif", F.textNode("-100.00")));
                out.add(field(client, op, token, path, base, c, "montant démesuré", F.textNode("100000000000000000000000.00")));
                out.add(field(client, op, token, path, base, c, "montant au millième", F.textNode("10.001")));
            }
            if (t.equals("integer")) {
                out.add(field(client, op, token, path, base, c, "entier hors bornes", F.numberNode(99_999_999_999L)));
            }
            if (c.schema().path("format").asText().equals("date-time")) {
                out.add(field(client, op, token, path, base, c, "date sans décalage", F.textNode("2026-03-02T09:00:00")));
            }
            if (c.schema().path("format").asText().equals("date")) {
                out.add(field(client, op, token, path, base, c, "date impossible", F.textNode("2026-02-30")));
            }
            if (c.schema().has("enum")) {
                out.add(field(client, op, token, path, base, c, "valeur inconnue", F.textNode("INCONNU")));
            }
            if (uuid) {
                out.add(field(client, op, token, path, base, c, "identifiant mal formé", F.textNode("pas-un-uuid")));
            }
        }
        String json = write(base);
        out.add(whole(client, op, token, path, "JSON mal formé", "application/json", json.substring(0, json.length() / 2)));
        out.add(whole(client, op, token, path, "10 000 tableaux imbriqués", "application/json", "[".repeat(10_000) + "]".repeat(10_000)));
        out.add(whole(client, op, token, path, "10 000 objets imbriqués", "application/json",
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        out.add(whole(client, op, token, path, "corps vide", "application/json", ""));
        out.add(whole(client, op, token, path, "tableau au lieu d'un objet", "application/json", "[" + json + "]"));
        out.add(whole(client, op, token, path, "mauvais type de contenu", "text/plain", json));
        out.add(whole(client, op, token, path, "XML", "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"));
        champs.stream().filter(Champ::texte).findFirst().ifPresent(c -> {
            byte[] bytes = write(CorpsExemple.with(base, c.chemin(), F.textNode("@@UTF8@@"))).getBytes(StandardCharsets.UTF_8);
            byte[] broken = replace(bytes, "@@UTF8@@".getBytes(StandardCharsets.US_ASCII), new byte[] {'a', (byte) 0xC3, 0x28, (byte) 0xFF});
            out.add(new Essai(op, "UTF-8 invalide dans " + c.nom(), null, false,
                    () -> sendBytes(client, op, path, token, "application/json", broken)));
        });
        for (String payload : List.of(SCRIPT, SQL)) {
            JsonNode hostile = base;
            for (Champ c : champs) {
                if (c.texte()) {
                    hostile = CorpsExemple.with(hostile, c.chemin(), F.textNode(payload));
                }
            }
            // Made invalid elsewhere (see the class comment): a required field left out, else a field of the wrong type.
            Champ breaker = champs.stream().filter(c -> c.requis() && c.chemin().size() == 1).findFirst()
                    .orElse(champs.stream().filter(c -> !c.texte()).findFirst().orElse(null));
            String nature = payload == SCRIPT ? "script" : "SQL";
            if (breaker != null) {
                hostile = CorpsExemple.with(hostile, breaker.chemin(), breaker.requis() ? null : F.objectNode().put("x", 1));
                out.add(whole(client, op, token, path, nature + " dans un corps invalide (" + breaker.nom() + ")",
                        "application/json", write(hostile)));
            } else if (!op.in("path").isEmpty()) {
                // Nothing to break: the id in the path is unknown, so the call must end in 404 and store nothing.
                out.add(whole(client, op, token, path, nature + " adressé à une ressource inconnue", "application/json", write(hostile)));
            }
        }
        return out;
    }

    private static List<Essai> multipartEssais(PtceClient client, Operation op, JeuDeDonnees d, String porteur) {
        // porteur1's own draft: a random id would be refused (404) before the file is even looked at.
        String path = op.path().replace("{id}", d.brouillon);
        byte[] fake = "Ceci n'est pas un PDF.\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><body onload=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        List<Essai> out = new ArrayList<>();
        out.add(mp(client, op, path, porteur, "faux PDF", "STATUTS", "statuts.pdf", "application/pdf", fake, "fichier"));
        out.add(mp(client, op, path, porteur, "faux PDF au nom remontant l'arborescence", "STATUTS", "../../../../etc/cron.d/x.pdf",
                "application/pdf", fake, "fichier"));
        out.add(mp(client, op, path, porteur, "HTML déguisé en PDF", "AUTRE", "lettre.pdf", "application/pdf", html, "fichier"));
        out.add(mp(client, op, path, porteur, "exécutable", "AUTRE", "outil.exe", "application/octet-stream", exe, "fichier"));
        out.add(mp(client, op, path, porteur, "fichier vide", "AUTRE", "vide.pdf", "application/pdf", new byte[0], "fichier"));
        out.add(mp(client, op, path, porteur, "type de pièce inconnu", "INCONNU", "statuts.pdf", "application/pdf", JeuDeDonnees.pdf(), "type"));
        out.add(mp(client, op, path, porteur, "type de pièce absent", null, "statuts.pdf", "application/pdf", JeuDeDonnees.pdf(), "type"));
        out.add(mp(client, op, path, porteur, "type de pièce en script", SCRIPT, "statuts.pdf", "application/pdf", JeuDeDonnees.pdf(), "type"));
        out.add(mp(client, op, path, porteur, "fichier absent", "STATUTS", null, null, null, "fichier"));
        out.add(new Essai(op, "multipart annoncé en JSON", null, false, () -> sendBytes(client, op, path, porteur,
                "application/json", "{\"type\":\"STATUTS\"}".getBytes(StandardCharsets.UTF_8))));
        out.add(new Essai(op, "multipart sans frontière", null, false, () -> sendBytes(client, op, path, porteur,
                "multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8))));
        return out;
    }

    private static List<Essai> rawBodyEssais(PtceClient client, Operation op, String token) {
        String path = concrete(op, null);
        String type = op.contentTypes().get(0);
        List<Essai> out = new ArrayList<>();
        String header = "siret;raison_sociale;code_commune;commune;secteurs;edition;campagne;phase\n";
        out.add(raw(client, op, token, path, "UTF-8 invalide", type,
                concat(header.getBytes(StandardCharsets.UTF_8), new byte[] {'7', (byte) 0xC3, 0x28, ';', (byte) 0xFF, '\n'})));
        out.add(raw(client, op, token, path, "fichier vide", type, new byte[0]));
        out.add(raw(client, op, token, path, "en-tête inattendu", type, "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        out.add(raw(client, op, token, path, "mauvais type de contenu", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        out.add(raw(client, op, token, path, "lignes toutes invalides, dont script, SQL et 1 Mo", type,
                (header + "123;" + SCRIPT + ";44109;Nantes;BOIS;2023;X;PHASE_1\n" + "abc;" + SQL + ";ZZZZZ;x;x;abc;x;PHASE_9\n"
                        + "73282932000074;" + MEGA + ";44109;Nantes;BOIS;2023;X;PHASE_1\n").getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    // --- building and checking one bad input ------------------------------------------------------

    private static Essai field(PtceClient client, Operation op, String token, String path, JsonNode base, Champ c, String nature,
                               JsonNode value) {
        String body = write(CorpsExemple.with(base, c.chemin(), value));
        return new Essai(op, nature + " « " + c.nom() + " » " + c.chemin(), c.nom(), true,
                () -> send(client, op, path, token, "application/json", body));
    }

    private static Essai whole(PtceClient client, Operation op, String token, String path, String nature, String type, String body) {
        return new Essai(op, nature, null, false, () -> send(client, op, path, token, type, body));
    }

    private static Essai raw(PtceClient client, Operation op, String token, String path, String nature, String type, byte[] body) {
        return new Essai(op, nature, null, false, () -> sendBytes(client, op, path, token, type, body));
    }

    private static Essai mp(PtceClient client, Operation op, String path, String token, String nature, String type, String name,
                            String partType, byte[] content, String champ) {
        return new Essai(op, nature, champ, false,
                () -> JeuDeDonnees.multipart(client, token, path, type, name, partType, content));
    }

    private static void check(Essai e, List<String> failures) {
        Response r;
        try {
            r = withPacing(e.appel());
        } catch (RuntimeException ex) {
            failures.add(e.op() + " — " + e.nature() + ": no answer (" + ex + ")");
            return;
        }
        String where = e.op() + " — " + e.nature() + ": ";
        boolean freeSearch = e.nature().startsWith("recherche");
        // The directory import reports bad lines one by one (200) and must then have created or changed nothing.
        boolean importReport = e.op().path().equals("/api/v1/annuaire/import") && r.status() == 200
                && r.json().path("creees").asInt(-1) == 0 && r.json().path("misesAJour").asInt(-1) == 0;
        if (r.status() >= 500 || (!freeSearch && !importReport && r.status() < 400)) {
            failures.add(where + "expected a 4xx, got " + abbreviate(r));
            return;
        }
        if (r.body() != null && LEAK.matcher(r.body()).find()) {
            failures.add(where + "the answer leaks internals: " + abbreviate(r));
            return;
        }
        if (r.status() < 400) {
            return;
        }
        String problem = problemIssue(r);
        if (problem != null) {
            failures.add(where + problem + ": " + abbreviate(r));
            return;
        }
        if (!e.nommer()) {
            return;
        }
        boolean named = r.status() == 400 && r.body().contains(e.champ());
        // A 1 MB text may also hit the service's request size limit first: 413, as a problem too.
        if (named || r.status() == 413 && e.nature().startsWith("texte de 1 Mo")) {
            return;
        }
        failures.add(where + "expected 400 naming « " + e.champ() + " », got " + abbreviate(r));
    }

    private static void assertProblem(Response r, int min, int max) {
        assertTrue(r.status() >= min && r.status() <= max, r.toString());
        String issue = problemIssue(r);
        assertTrue(issue == null, issue + ": " + r);
    }

    /** What is wrong with {@code r} as an RFC 9457 problem in French (null when nothing is). */
    private static String problemIssue(Response r) {
        String type = r.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not application/problem+json (" + type + ")";
        }
        JsonNode p;
        try {
            p = PtceClient.JSON.readTree(r.body());
        } catch (Exception ex) {
            return "problem body is not JSON";
        }
        String title = p.path("title").asText("");
        if (title.isBlank() || ENGLISH_TITLES.contains(title)) {
            return "no French title";
        }
        if (p.path("status").asInt() != r.status()) {
            return "status member differs from the HTTP status";
        }
        return null;
    }

    /** Another engineer's per-client rate limit may answer 429 to a burst of writes: wait as told and retry. */
    private static Response withPacing(Supplier<Response> call) {
        Response r = call.get();
        for (int i = 0; i < 5 && r.status() == 429; i++) {
            String after = r.header("Retry-After");
            sleep(1000L * (after == null ? 1 : Math.max(1, Integer.parseInt(after.trim()))));
            r = call.get();
        }
        return r;
    }

    private static Response send(PtceClient client, Operation op, String path, String token, String type, String body) {
        return sendBytes(client, op, path, token, type, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response sendBytes(PtceClient client, Operation op, String path, String token, String type, byte[] body) {
        return JeuDeDonnees.raw(client, op.method().toUpperCase(), op.service(), path, token, type, body);
    }

    /** The path with unknown ids (random UUIDs, a valid but unknown SIRET): a body accepted by mistake still changes nothing. */
    private static String concrete(Operation op, String ignored) {
        // {service} names the audit journal a service keeps: its own, so that the parameters behind it are reached.
        return op.path().replaceAll("\\{siret}", "73282932000074").replace("{service}", op.service().shortName())
                .replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
    }

    private static String write(Object body) {
        try {
            return PtceClient.JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return concat(java.util.Arrays.copyOfRange(in, 0, i), with, java.util.Arrays.copyOfRange(in, i + what.length, in.length));
            }
        }
        return in;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String abbreviate(Response r) {
        String b = r.body() == null ? "" : r.body();
        return "HTTP " + r.status() + " " + r.header("Content-Type") + " " + b.substring(0, Math.min(300, b.length()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

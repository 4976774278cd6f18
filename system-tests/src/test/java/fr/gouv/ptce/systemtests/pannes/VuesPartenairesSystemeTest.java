package fr.gouv.ptce.systemtests.pannes;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The partner views on the real platform (not a fault test: it lives here for the fault tests'
 * journey, {@link Parcours}, and kills nothing). A partner subscribes to every type the catalogue
 * opens to it; a closed one is a 422. Two files go through the whole journey — one not retained,
 * one lauréat of both phases whose agreement is created — and every delivery the receiver gets
 * holds only what its partner view declares: no e-mail address, no phone number, no contact's
 * name, no member, address or project text, no motivation. The partner rotates its secret between
 * the two files: every delivery is checked by the reference Standard Webhooks library
 * ({@link VerificateurIndependant}) — before, with the first secret; during the overlap, with either.
 */
@ExtendWith(PlatformExtension.class)
class VuesPartenairesSystemeTest {

    /** The views, as the catalogue ships them (one file per type open to partners). */
    private static final Path VUES = Path.of("..", "ptce-commons", "events", "src", "main", "resources",
            "ptce-events", "partenaires");
    private static final Pattern COURRIEL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern TELEPHONE = Pattern.compile("(?<![0-9A-Za-z])(\\+33|0)[ .]?[1-9]([ .]?[0-9]{2}){4}(?![0-9A-Za-z])");
    /** What Parcours writes into a file that must never reach a partner. */
    private static final List<String> JAMAIS = List.of("Claire Durand", "Scop Bois", "Menuiserie Martin",
            "12 rue des Tanneurs", "Essai de résistance", "Filière locale", "porteur1", "porteur2");

    @Test
    void unPartenaireAbonneATousLesTypesOuvertsNeRecoitQueLeursVues(SystemTestPlatform systeme) throws Exception {
        Map<String, JsonNode> vues = vues();
        assertTrue(vues.size() >= 10, "types ouverts : " + vues.keySet());
        List<String> recus = new CopyOnWriteArrayList<>();
        List<VerificateurIndependant.Livraison> livraisons = new CopyOnWriteArrayList<>();
        HttpServer recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recepteur.createContext("/partenaire", ex -> {
            String corps = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> entetes = new TreeMap<>();
            for (String nom : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                entetes.put(nom, String.valueOf(ex.getRequestHeaders().getFirst(nom)));
            }
            livraisons.add(new VerificateurIndependant.Livraison(entetes, corps));
            recus.add(corps);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        recepteur.start();
        PtceClient client = systeme.client();
        Appels appels = new Appels(client);
        String url = "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/partenaire";

        Appels.Reponse ferme = appels.tenace("POST", Service.NOTIFICATION, "/api/v1/webhooks", "partenaire",
                Map.of("url", url, "types", List.of("decision.rendue", "corrections.demandees")), null, Set.of());
        assertEquals(422, ferme.status(), ferme.toString());
        assertEquals("types[1]", ferme.json().path("violations").path(0).path("champ").asText(), ferme.toString());
        assertTrue(ferme.json().path("violations").path(0).path("message").asText().contains("corrections.demandees"));

        Appels.Reponse cree = appels.tenace("POST", Service.NOTIFICATION, "/api/v1/webhooks", "partenaire",
                Map.of("url", url, "types", new ArrayList<>(vues.keySet())), null, Set.of());
        assertEquals(201, cree.status(), cree.toString());
        String id = cree.json().get("id").asText();
        String premierSecret = cree.json().get("secret").asText();
        try {
            Parcours parcours = Parcours.nouvelles(client, "vues");
            List<String> candidatures = new ArrayList<>(parcours.unDossier(Parcours.Profondeur.DECISIONS));

            // Before any rotation: one signature each, which the reference library accepts with the secret.
            List<VerificateurIndependant.Livraison> avant = List.copyOf(livraisons);
            assertFalse(avant.isEmpty(), "livraisons du premier dossier");
            assertTrue(avant.stream().allMatch(l -> l.signatures() == 1), "une signature avant la rotation");
            assertEquals(avant.stream().map(l -> true).toList(), VerificateurIndependant.accepte(avant, premierSecret),
                    "signatures vérifiées par standardwebhooks avec le secret donné à l'inscription");

            // The partner rotates its secret mid-run: the new one is given once, the old one still signs.
            Appels.Reponse rotation = appels.tenace("POST", Service.NOTIFICATION, "/api/v1/webhooks/" + id + "/rotation",
                    "partenaire", Map.of(), null, Set.of());
            assertEquals(200, rotation.status(), rotation.toString());
            String nouveauSecret = rotation.json().get("secret").asText();
            assertFalse(nouveauSecret.equals(premierSecret));
            assertFalse(rotation.json().path("ancienSecretValideJusquA").asText().isEmpty(), rotation.toString());

            candidatures.addAll(parcours.unDossier(Parcours.Profondeur.DECISIONS));
            Set<String> attendus = Set.of("campagne.publiee", "candidature.deposee", "decision.rendue",
                    "laureat.phase1.designe", "laureat.phase2.selectionne", "convention.creee");
            long limite = System.nanoTime() + 180_000_000_000L;
            while (!typesDuParcours(recus, parcours, candidatures).containsAll(attendus) && System.nanoTime() < limite) {
                Appels.pause(500);
            }
            assertEquals(attendus, typesDuParcours(recus, parcours, candidatures), "types reçus pour ce parcours");

            // During the overlap: both signatures sent; a receiver holding either secret accepts each
            // delivery, one holding neither refuses it. A delivery signed before the rotation (sent late)
            // carries the first secret's only.
            List<VerificateurIndependant.Livraison> apres = List.copyOf(livraisons.subList(avant.size(), livraisons.size()));
            List<VerificateurIndependant.Livraison> doubles = apres.stream().filter(l -> l.signatures() == 2).toList();
            assertFalse(doubles.isEmpty(), "des livraisons signées pendant le chevauchement");
            assertTrue(apres.stream().allMatch(l -> l.signatures() <= 2), "deux signatures au plus");
            List<Boolean> tous = apres.stream().map(l -> true).toList();
            assertEquals(tous, VerificateurIndependant.accepte(apres, premierSecret), "l'ancien secret vérifie encore");
            assertEquals(doubles.stream().map(l -> true).toList(), VerificateurIndependant.accepte(doubles, nouveauSecret),
                    "le nouveau secret vérifie déjà");
            String etranger = "whsec_" + java.util.Base64.getEncoder().encodeToString(
                    java.security.SecureRandom.getSeed(32));
            assertEquals(apres.stream().map(l -> false).toList(), VerificateurIndependant.accepte(apres, etranger),
                    "un secret inconnu ne vérifie rien");

            boolean nonRetenuVu = false;
            for (String corps : recus) {
                JsonNode ce = PtceClient.JSON.readTree(corps);
                String fait = ce.path("type").asText().replaceFirst("^fr\\.gouv\\.ptce\\.", "").replaceFirst("\\.v1$", "");
                JsonNode vue = vues.get(fait);
                assertTrue(vue != null, "type non ouvert livré : " + fait);
                List<String> horsVue = new ArrayList<>();
                horsVue(vue, ce.path("data"), "", horsVue);
                assertEquals(List.of(), horsVue, fait + " : champs hors de la vue partenaire");
                String data = ce.path("data").toString();
                assertFalse(COURRIEL.matcher(data).find(), fait + " : courriel livré : " + data);
                assertFalse(TELEPHONE.matcher(data).find(), fait + " : téléphone livré : " + data);
                for (String jamais : JAMAIS) {
                    assertFalse(data.contains(jamais), fait + " : « " + jamais + " » livré : " + data);
                }
                if (fait.equals("decision.rendue") && candidatures.contains(ce.path("data").path("candidatureId").asText())
                        && ce.path("data").path("decision").asText().equals("NON_RETENU")) {
                    nonRetenuVu = true;
                    assertFalse(ce.path("data").has("motivation"), data);
                }
            }
            assertTrue(nonRetenuVu, "la décision NON_RETENU du parcours, sans motivation");
            System.out.println("Vues partenaires : " + recus.size() + " livraisons vérifiées (" + avant.size()
                    + " avant la rotation du secret, " + doubles.size() + " signées des deux secrets pendant le chevauchement), types ouverts "
                    + vues.keySet());
        } finally {
            appels.tenace("DELETE", Service.NOTIFICATION, "/api/v1/webhooks/" + id, "partenaire", null, null, Set.of());
            recepteur.stop(0);
        }
    }

    /** The facts delivered about this journey's campaigns and files. */
    private static Set<String> typesDuParcours(List<String> recus, Parcours parcours, List<String> candidatures)
            throws IOException {
        Set<String> types = new TreeSet<>();
        for (String corps : recus) {
            JsonNode ce = PtceClient.JSON.readTree(corps);
            JsonNode data = ce.path("data");
            if (candidatures.contains(data.path("candidatureId").asText())
                    || Set.of(parcours.phase1, parcours.phase2).contains(data.path("campagneId").asText())
                    && ce.path("type").asText().contains("campagne.publiee")) {
                types.add(ce.path("type").asText().replaceFirst("^fr\\.gouv\\.ptce\\.", "").replaceFirst("\\.v1$", ""));
            }
        }
        return types;
    }

    /** Paths of {@code data} that {@code schema} does not declare. */
    private static void horsVue(JsonNode schema, JsonNode data, String chemin, List<String> out) {
        if (data.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode sous = schema.path("properties").path(e.getKey());
                if (sous.isMissingNode()) {
                    out.add(chemin + e.getKey());
                } else {
                    horsVue(sous, e.getValue(), chemin + e.getKey() + ".", out);
                }
            }
        } else if (data.isArray()) {
            data.forEach(el -> horsVue(schema.path("items"), el, chemin + "[].", out));
        }
    }

    private static Map<String, JsonNode> vues() throws IOException {
        Map<String, JsonNode> vues = new TreeMap<>();
        try (Stream<Path> fichiers = Files.list(VUES)) {
            for (Path f : fichiers.toList()) {
                String nom = f.getFileName().toString();
                if (nom.endsWith(".schema.json")) {
                    vues.put(nom.substring(0, nom.length() - ".schema.json".length()), PtceClient.JSON.readTree(f.toFile()));
                }
            }
        }
        return vues;
    }
}

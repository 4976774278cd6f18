package fr.gouv.ptce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No orphan event: every fact of the AsyncAPI catalogue is consumed by at least one of the four
 * services, or declared for partners only there ({@code x-partenaires-seulement: true} on its
 * message, with the reason in {@code x-partenaires-seulement-raison}). A fact counts as consumed by
 * a service when one of its consumers (the classes implementing {@code Consommateur}, or holding an
 * {@code @Incoming} method) names it in its {@code EventRoutes} — by its record
 * ({@code CandidatureDeposee.class}), its {@code Fait} constant, or a whole topic
 * ({@code Topic.X.faits()}) — and the service's application.properties declares a Kafka channel on
 * that fact's topic ({@code .topic}, or one of its {@code .topics}). Read from the sources: a route
 * the test cannot read fails it.
 */
class AucunEvenementOrphelinTest {

    static final List<String> SERVICES = List.of("candidature-service", "evaluation-service", "financement-service",
            "notification-service");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern INCOMING = Pattern.compile("@Incoming\\(\"([^\"]+)\"\\)");
    private static final Pattern ROUTES = Pattern.compile("EventRoutes\\b(?!;)([^;]*);", Pattern.DOTALL);
    private static final Pattern RECORD = Pattern.compile("\\b([A-Z]\\w*)\\.class\\b");
    private static final Pattern FAIT = Pattern.compile("\\bFait\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern TOPIC = Pattern.compile("\\bTopic\\.([A-Z][A-Z0-9_]*)\\.faits\\(\\)");

    @Test
    void chaqueEvenementDuCatalogueEstConsommeOuReserveAuxPartenaires() throws IOException {
        JsonNode messages = asyncapi().path("components").path("messages");
        Map<String, Set<String>> consommateurs = new TreeMap<>();
        for (String service : SERVICES) {
            for (String fait : consommes(service)) {
                consommateurs.computeIfAbsent(fait, f -> new TreeSet<>()).add(service);
            }
        }
        List<String> orphelins = new ArrayList<>();
        List<String> reservesMaisConsommes = new ArrayList<>();
        for (Iterator<JsonNode> it = messages.elements(); it.hasNext(); ) {
            JsonNode message = it.next();
            String fait = message.path("title").asText();
            boolean partenaires = message.path("x-partenaires-seulement").asBoolean(false);
            if (partenaires) {
                assertFalse(message.path("x-partenaires-seulement-raison").asText().isBlank(),
                        fait + " : réservé aux partenaires sans dire pourquoi");
                if (consommateurs.containsKey(fait)) {
                    reservesMaisConsommes.add(fait + " (consommé par " + consommateurs.get(fait) + ")");
                }
            } else if (!consommateurs.containsKey(fait)) {
                orphelins.add(fait);
            }
        }
        System.out.println("Consommateurs par événement : " + consommateurs);
        assertEquals(List.of(), orphelins, "événements que ni un service ne consomme ni le catalogue ne réserve aux partenaires");
        assertEquals(List.of(), reservesMaisConsommes, "déclarés « partenaires seulement » mais consommés");
    }

    @Test
    void lesRoutesDesServicesSontLuesEtChaqueCanalEstDeclare() throws IOException {
        // The reading above is only as good as this: each service consumes something, declares the
        // kit's channel, and each @Incoming channel of its own code is a Kafka channel of its
        // configuration.
        for (String service : SERVICES) {
            Map<String, List<String>> canaux = canaux(service);
            assertFalse(consommes(service).isEmpty(), service + " : aucune route lue");
            // the kit's one channel (inbox.CanalEvenements) is where the routes' events arrive
            assertFalse(canaux.getOrDefault("evenements", List.of()).isEmpty(),
                    service + " : le canal « evenements » du kit n'a pas de topics dans application.properties");
            for (Path source : consommateurs(service)) {
                Matcher m = INCOMING.matcher(Files.readString(source));
                while (m.find()) {
                    assertNotNull(canaux.get(m.group(1)), service + " : le canal " + m.group(1) + " de "
                            + source.getFileName() + " n'a pas de topic dans application.properties");
                }
            }
        }
    }

    /** The facts the service's consumers route, on the topics its channels listen to. */
    static Set<String> consommes(String service) throws IOException {
        Set<String> topics = canaux(service).values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, Fait> parRecord = Stream.of(Fait.values())
                .collect(Collectors.toMap(f -> f.dataType().getSimpleName(), f -> f));
        Set<String> out = new TreeSet<>();
        for (Path source : consommateurs(service)) {
            String code = Files.readString(source);
            Matcher routes = ROUTES.matcher(code);
            while (routes.find()) {
                String expression = routes.group(1);
                Set<Fait> faits = new LinkedHashSet<>();
                Matcher r = RECORD.matcher(expression);
                while (r.find()) {
                    if (parRecord.containsKey(r.group(1))) {
                        faits.add(parRecord.get(r.group(1)));
                    }
                }
                Matcher f = FAIT.matcher(expression);
                while (f.find()) {
                    faits.add(Fait.valueOf(f.group(1)));
                }
                Matcher t = TOPIC.matcher(expression);
                while (t.find()) {
                    faits.addAll(Topic.valueOf(t.group(1)).faits());
                }
                // A helper given its facts by its callers (onEach(common, faits, …)) names none itself,
                // nor does the Consommateur's routes() that returns routes built above in the file.
                assertTrue(!faits.isEmpty() || expression.contains("onEach(") || expression.startsWith(" routes()"),
                        service + ", " + source.getFileName() + " : routes illisibles par ce test : EventRoutes" + expression);
                faits.stream().filter(x -> topics.contains(x.topic())).map(Fait::fact).forEach(out::add);
            }
        }
        return out;
    }

    /** Source files of the service that hold an {@code @Incoming} method or implement {@code Consommateur}. */
    static List<Path> consommateurs(String service) throws IOException {
        try (Stream<Path> files = Files.walk(racine().resolve(service).resolve("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String code = Files.readString(p);
                    return code.contains("@Incoming(") || code.contains("implements Consommateur");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }

    /**
     * Channel → topics of the service's Kafka channels ({@code mp.messaging.incoming.<c>.topics}, a
     * comma-separated list, or {@code .topic}; default the channel's name).
     */
    static Map<String, List<String>> canaux(String service) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(racine().resolve(service).resolve("src/main/resources/application.properties"))) {
            p.load(r);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        Pattern connecteur = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
        for (String nom : p.stringPropertyNames()) {
            Matcher m = connecteur.matcher(nom);
            if (m.matches() && "smallrye-kafka".equals(p.getProperty(nom))) {
                String canal = m.group(1);
                String topics = p.getProperty("mp.messaging.incoming." + canal + ".topics",
                        p.getProperty("mp.messaging.incoming." + canal + ".topic", canal));
                out.put(canal, Stream.of(topics.split(",")).map(String::trim).toList());
            }
        }
        return out;
    }

    static JsonNode asyncapi() throws IOException {
        try (InputStream in = AucunEvenementOrphelinTest.class.getResourceAsStream("/ptce-events/asyncapi.yaml")) {
            return YAML.readTree(in);
        }
    }

    /** The repository's root: the folder above this build that holds the four services. */
    static Path racine() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("notification-service/src/main/java"))) {
                return dir;
            }
        }
        throw new IllegalStateException("services introuvables au-dessus de " + Path.of("").toAbsolutePath());
    }
}

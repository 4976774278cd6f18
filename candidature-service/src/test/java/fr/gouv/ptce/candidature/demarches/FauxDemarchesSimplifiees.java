package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Démarches Simplifiées API started in the test. With the real DS schema (found outside the repo,
 * see {@link #SCHEMA}) every document received is validated and executed by graphql-java against
 * test dossiers held as Maps shaped like DS's answers ("__typename" picks the type); an invalid
 * document gets a GraphQL error and is recorded in {@link #erreursValidation}, which the tests check.
 * Without the schema the same dossiers are served as they are (no validation): the connector's
 * behaviour stays tested, the schema tests are skipped loudly.
 */
public final class FauxDemarchesSimplifiees implements AutoCloseable {

    /** Where the schema was looked for, and the file when found. */
    public static final List<Path> CHEMINS_ESSAYES = new ArrayList<>();
    public static final Optional<Path> SCHEMA = chercherSchema();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Requete(Instant recueLe, long nanos, String document, Map<String, Object> variables, int statut) {
        public boolean estMutation(String nom) {
            return document.contains(nom + "(");
        }
    }

    private final HttpServer serveur;
    private final GraphQL graphql;
    public final String jeton;
    public final Map<Integer, Map<String, Object>> dossiers = Collections.synchronizedMap(new TreeMap<>());
    public final Map<String, byte[]> fichiers = new ConcurrentHashMap<>();
    public final List<Requete> requetes = new CopyOnWriteArrayList<>();
    public final List<String> erreursValidation = new CopyOnWriteArrayList<>();
    /** The next N GraphQL calls answer this HTTP status (429 with {@link #retryAfter}, 500…). */
    public final AtomicInteger echecsAVenir = new AtomicInteger();
    public volatile int statutEchec = 429;
    public volatile String retryAfter = "1";
    /** Mutations answer a DS refusal ({@code errors}) while set. */
    public volatile String refusMutation;

    public FauxDemarchesSimplifiees(String jeton) throws IOException {
        this.jeton = jeton;
        this.graphql = SCHEMA.map(this::construire).orElse(null);
        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serveur.createContext("/api/v2/graphql", this::graphql);
        serveur.createContext("/fichiers/", this::fichier);
        serveur.start();
    }

    public boolean valideAvecLeSchema() {
        return graphql != null;
    }

    public String urlApi() {
        return "http://127.0.0.1:" + serveur.getAddress().getPort() + "/api/v2/graphql";
    }

    public String urlFichier(String nom) {
        return "http://127.0.0.1:" + serveur.getAddress().getPort() + "/fichiers/" + nom;
    }

    public void vider() {
        dossiers.clear();
        fichiers.clear();
        requetes.clear();
        erreursValidation.clear();
        echecsAVenir.set(0);
        refusMutation = null;
    }

    public List<Requete> mutations(String nom) {
        return requetes.stream().filter(r -> r.estMutation(nom)).toList();
    }

    @Override
    public void close() {
        serveur.stop(0);
    }

    // --- HTTP ---

    @SuppressWarnings("unchecked")
    private void graphql(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] corps = ex.getRequestBody().readAllBytes();
            Map<String, Object> requete = MAPPER.readValue(corps, Map.class);
            String document = (String) requete.get("query");
            Map<String, Object> variables = requete.get("variables") == null ? Map.of() : (Map<String, Object>) requete.get("variables");
            if (!("Bearer " + jeton).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                requetes.add(new Requete(Instant.now(), System.nanoTime(), document, variables, 401));
                repondre(ex, 401, Map.of("errors", List.of(Map.of("message", "Without a token, only persisted queries are allowed"))));
                return;
            }
            if (echecsAVenir.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                requetes.add(new Requete(Instant.now(), System.nanoTime(), document, variables, statutEchec));
                if (statutEchec == 429) {
                    ex.getResponseHeaders().add("Retry-After", retryAfter);
                }
                repondre(ex, statutEchec, Map.of("errors", List.of(Map.of("message", "Too many requests"))));
                return;
            }
            requetes.add(new Requete(Instant.now(), System.nanoTime(), document, variables, 200));
            repondre(ex, 200, graphql != null ? executer(document, variables) : sansSchema(document, variables));
        }
    }

    private void fichier(HttpExchange ex) throws IOException {
        try (ex) {
            String nom = ex.getRequestURI().getPath().substring("/fichiers/".length());
            if (ex.getRequestHeaders().containsKey("Authorization")) {
                erreursValidation.add("le jeton DS a été envoyé au stockage des fichiers (" + nom + ")");
            }
            byte[] contenu = fichiers.get(nom);
            if (contenu == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.sendResponseHeaders(200, contenu.length);
            ex.getResponseBody().write(contenu);
        }
    }

    private static void repondre(HttpExchange ex, int statut, Object corps) throws IOException {
        byte[] octets = MAPPER.writeValueAsBytes(corps);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(statut, octets.length);
        ex.getResponseBody().write(octets);
    }

    // --- with the schema: validation and execution by graphql-java ---

    private Map<String, Object> executer(String document, Map<String, Object> variables) {
        ExecutionResult r = graphql.execute(ExecutionInput.newExecutionInput().query(document).variables(variables).build());
        for (GraphQLError e : r.getErrors()) {
            String type = String.valueOf(e.getErrorType());
            if (type.contains("Validation") || type.contains("InvalidSyntax") || type.contains("Coercing")) {
                erreursValidation.add(type + " : " + e.getMessage());
            } else {
                erreursValidation.add("erreur d'exécution : " + e.getMessage());
            }
        }
        return r.toSpecification();
    }

    private GraphQL construire(Path chemin) {
        try {
            TypeDefinitionRegistry registre = new SchemaParser().parse(Files.readString(chemin));
            RuntimeWiring.Builder w = RuntimeWiring.newRuntimeWiring();
            for (ScalarTypeDefinition s : registre.scalars().values()) {
                if (!List.of("String", "Int", "Float", "Boolean", "ID").contains(s.getName())) {
                    w.scalar(transparent(s.getName()));
                }
            }
            TypeResolver parTypename = env -> env.getSchema().getObjectType((String) ((Map<?, ?>) env.getObject()).get("__typename"));
            for (TypeDefinition<?> t : registre.types().values()) {
                if (t instanceof InterfaceTypeDefinition || t instanceof UnionTypeDefinition) {
                    w.type(t.getName(), b -> b.typeResolver(parTypename));
                }
            }
            w.type("Query", b -> b.dataFetcher("demarche", env -> demarche(env.getArgument("number"))));
            w.type("Demarche", b -> b.dataFetcher("dossiers", env -> page(env.getArgument("updatedSince"),
                    env.getArgument("after"), env.getArgument("first"))));
            w.type("Mutation", b -> {
                for (String m : List.of("dossierPasserEnInstruction", "dossierAccepter", "dossierRefuser", "dossierClasserSansSuite")) {
                    b.dataFetcher(m, muter(m));
                }
                return b;
            });
            GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registre, w.build());
            return GraphQL.newGraphQL(schema).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataFetcher<Object> muter(String mutation) {
        return env -> {
            Map<String, Object> input = env.getArgument("input");
            return appliquerMutation(mutation, input);
        };
    }

    private static GraphQLScalarType transparent(String nom) {
        return GraphQLScalarType.newScalar().name(nom).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object o) {
                return o;
            }

            @Override
            public Object parseValue(Object o) {
                return o;
            }

            @Override
            public Object parseLiteral(Object o) {
                if (o instanceof StringValue s) {
                    return s.getValue();
                }
                if (o instanceof IntValue i) {
                    return i.getValue();
                }
                return o;
            }
        }).build();
    }

    // --- the dossiers, with or without the schema ---

    private Map<String, Object> demarche(Object numero) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", numero);
        d.put("id", "RGVtYXJjaGUt" + numero);
        return d;
    }

    /** updatedSince filters on dateDerniereModification; the cursor is the number of the page's last dossier. */
    private Map<String, Object> page(Object depuis, Object apres, Object taille) {
        Instant seuil = depuis == null ? null : Instant.parse(depuis.toString());
        int dernier = apres == null ? Integer.MIN_VALUE
                : Integer.parseInt(new String(Base64.getDecoder().decode(apres.toString()), StandardCharsets.UTF_8));
        int max = taille == null ? 100 : ((Number) taille).intValue();
        List<Map<String, Object>> choisis = new ArrayList<>();
        boolean suite = false;
        synchronized (dossiers) {
            for (Map.Entry<Integer, Map<String, Object>> e : dossiers.entrySet()) {
                if (e.getKey() <= dernier) {
                    continue;
                }
                if (seuil != null && Instant.parse((String) e.getValue().get("dateDerniereModification")).isBefore(seuil)) {
                    continue;
                }
                if (choisis.size() == max) {
                    suite = true;
                    break;
                }
                choisis.add(e.getValue());
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("hasNextPage", suite);
        info.put("hasPreviousPage", apres != null);
        info.put("endCursor", choisis.isEmpty() ? null : Base64.getEncoder().encodeToString(
                String.valueOf(choisis.get(choisis.size() - 1).get("number")).getBytes(StandardCharsets.UTF_8)));
        info.put("startCursor", null);
        Map<String, Object> connexion = new LinkedHashMap<>();
        connexion.put("nodes", choisis);
        connexion.put("pageInfo", info);
        return connexion;
    }

    /** Moves the dossier as DS would, refusing what DS refuses (a decision on a dossier not "en instruction"). */
    private Map<String, Object> appliquerMutation(String mutation, Map<String, Object> input) {
        Map<String, Object> dossier;
        synchronized (dossiers) {
            dossier = dossiers.values().stream().filter(d -> d.get("id").equals(input.get("dossierId"))).findFirst().orElse(null);
        }
        Map<String, Object> resultat = new LinkedHashMap<>();
        String refus = refusMutation;
        if (dossier == null) {
            refus = "Dossier introuvable";
        } else if (refus == null) {
            String etat = (String) dossier.get("state");
            String vise = switch (mutation) {
                case "dossierPasserEnInstruction" -> "en_instruction";
                case "dossierAccepter" -> "accepte";
                case "dossierRefuser" -> "refuse";
                default -> "sans_suite";
            };
            if (vise.equals("en_instruction") ? !etat.equals("en_construction") : !etat.equals("en_instruction")) {
                refus = "Le dossier est déjà " + etat;
            } else {
                dossier.put("state", vise);
                dossier.put("motivation", input.get("motivation"));
                dossier.put("dateDerniereModification", Instant.now().toString());
            }
        }
        resultat.put("dossier", refus == null ? dossier : null);
        resultat.put("errors", refus == null ? null : List.of(Map.of("message", refus)));
        return resultat;
    }

    /** Without the schema: the same answers built by hand (no validation possible). */
    private Map<String, Object> sansSchema(String document, Map<String, Object> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String m : List.of("dossierPasserEnInstruction", "dossierAccepter", "dossierRefuser", "dossierClasserSansSuite")) {
            if (document.contains(m + "(")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> input = (Map<String, Object>) variables.get("input");
                data.put(m, appliquerMutation(m, input));
                return Map.of("data", data);
            }
        }
        Map<String, Object> demarche = demarche(variables.get("demarche"));
        demarche.put("dossiers", page(variables.get("depuis"), variables.get("apres"), variables.get("taille")));
        data.put("demarche", demarche);
        return Map.of("data", data);
    }

    // --- where the schema is ---

    private static Optional<Path> chercherSchema() {
        String explicite = System.getProperty("ptce.ds.schema", System.getenv("PTCE_DS_SCHEMA"));
        if (explicite != null && !explicite.isBlank()) {
            Path p = Path.of(explicite).toAbsolutePath();
            CHEMINS_ESSAYES.add(p);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        Path dossier = Path.of("").toAbsolutePath();
        while (dossier != null) {
            Path p = dossier.resolve("shared/reference/demarches-simplifiees/schema.graphql");
            CHEMINS_ESSAYES.add(p);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
            dossier = dossier.getParent();
        }
        return Optional.empty();
    }
}

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
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Démarches Simplifiées API started in a test (candidature-service's @QuarkusTests and the system
 * tests). DS's published schema ({@link #RESSOURCE_SCHEMA}, a test resource of candidature-service)
 * validates and executes every document received, with graphql-java, against dossiers held as Maps
 * shaped like DS's answers ("__typename" picks the type); an invalid document gets a GraphQL error and
 * is recorded in {@link #erreursValidation}, which the tests check. Without the schema the server does
 * not start: no test runs unvalidated. Mutations are counted per dossier ({@link #mutationsDuDossier}),
 * and every request's arrival is kept, so that a test can check the request budget per minute.
 */
public final class FauxDemarchesSimplifiees implements AutoCloseable {

    /** DS's GraphQL schema as published by DS (see candidature-service/src/test/resources/ds/README.md). */
    public static final String RESSOURCE_SCHEMA = "ds/schema.graphql";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Requete(Instant recueLe, long nanos, String document, Map<String, Object> variables, int statut) {
        public boolean estMutation(String nom) {
            return document.contains(nom + "(");
        }

        public boolean estUneMutation() {
            return document.stripLeading().startsWith("mutation") || document.contains("\nmutation ");
        }
    }

    /** One mutation DS ran (accepted, not refused): dossier number, mutation name, clientMutationId. */
    public record MutationAppliquee(int numero, String mutation, String clientMutationId, Map<String, Object> input) {
    }

    private final HttpServer serveur;
    private final java.util.concurrent.ExecutorService executeur = java.util.concurrent.Executors.newFixedThreadPool(8);
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
    /** The next N mutations are run, then their answer is held {@link #pauseSansReponseMs} (the caller times out). */
    public final AtomicInteger mutationsSansReponse = new AtomicInteger();
    public volatile long pauseSansReponseMs = 8000;
    public final List<MutationAppliquee> mutationsAppliquees = new CopyOnWriteArrayList<>();

    public FauxDemarchesSimplifiees(String jeton) throws IOException {
        this(jeton, 0);
    }

    /** {@code port} 0: any free port. */
    public FauxDemarchesSimplifiees(String jeton, int port) throws IOException {
        this.jeton = jeton;
        this.graphql = construire(lireSchema());
        serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        serveur.setExecutor(executeur); // several replicas call at once; a held answer must not block the others
        serveur.createContext("/api/v2/graphql", this::graphql);
        serveur.createContext("/fichiers/", this::fichier);
        serveur.start();
    }

    /** The schema's text, from the test classpath; its absence is an error, never a reason to skip. */
    public static String lireSchema() {
        try (InputStream in = FauxDemarchesSimplifiees.class.getClassLoader().getResourceAsStream(RESSOURCE_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("schéma GraphQL de Démarches Simplifiées absent du classpath de test ("
                        + RESSOURCE_SCHEMA + ") : aucun test DS ne tourne sans lui");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
        mutationsSansReponse.set(0);
        mutationsAppliquees.clear();
    }

    public List<Requete> mutations(String nom) {
        return requetes.stream().filter(r -> r.estMutation(nom)).toList();
    }

    /** Mutations DS ran on this dossier, by name, in order. */
    public List<String> mutationsDuDossier(int numero) {
        return mutationsAppliquees.stream().filter(m -> m.numero() == numero).map(MutationAppliquee::mutation).toList();
    }

    /** The most API requests (every status) received in any 60-second window: DS's budget is per minute. */
    public int maxRequetesParMinuteGlissante() {
        List<Long> t = requetes.stream().map(Requete::nanos).sorted().toList();
        int max = 0;
        int debut = 0;
        for (int fin = 0; fin < t.size(); fin++) {
            while (t.get(fin) - t.get(debut) >= 60_000_000_000L) {
                debut++;
            }
            max = Math.max(max, fin - debut + 1);
        }
        return max;
    }

    /** The applicant answers the pending correction request on DS (with or without changes made before). */
    @SuppressWarnings("unchecked")
    public void repondreALaCorrection(int numero) {
        synchronized (dossiers) {
            Map<String, Object> d = dossiers.get(numero);
            String maintenant = Instant.now().toString();
            for (Map<String, Object> m : (List<Map<String, Object>>) d.getOrDefault("messages", List.of())) {
                Map<String, Object> correction = (Map<String, Object>) m.get("correction");
                if (correction != null && correction.get("dateResolution") == null) {
                    correction.put("dateResolution", maintenant);
                }
            }
            d.put("dateDerniereCorrectionEnAttente", null);
            d.put("dateDerniereModification", maintenant);
        }
    }

    /** Messages sent to the applicant of a dossier (body, correction). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> messages(int numero) {
        synchronized (dossiers) {
            return List.copyOf((List<Map<String, Object>>) dossiers.get(numero).getOrDefault("messages", List.of()));
        }
    }

    @Override
    public void close() {
        serveur.stop(0);
        executeur.shutdownNow();
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
            Requete r = new Requete(Instant.now(), System.nanoTime(), document, variables, 200);
            requetes.add(r);
            Map<String, Object> reponse = executer(document, variables);
            if (r.estUneMutation() && mutationsSansReponse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                try {
                    Thread.sleep(pauseSansReponseMs); // run, but answered too late: the caller has given up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            repondre(ex, 200, reponse);
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

    private GraphQL construire(String texteSchema) {
        {
            TypeDefinitionRegistry registre = new SchemaParser().parse(texteSchema);
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
            w.type("Query", b -> b.dataFetcher("demarche", env -> demarche(env.getArgument("number")))
                    .dataFetcher("dossier", env -> dossier(env.getArgument("number"))));
            w.type("Demarche", b -> b.dataFetcher("dossiers", env -> page(env.getArgument("updatedSince"),
                    env.getArgument("after"), env.getArgument("first"))));
            w.type("Mutation", b -> {
                for (String m : List.of("dossierPasserEnInstruction", "dossierAccepter", "dossierRefuser", "dossierClasserSansSuite",
                        "dossierEnvoyerMessage")) {
                    b.dataFetcher(m, muter(m));
                }
                return b;
            });
            GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(registre, w.build());
            return GraphQL.newGraphQL(schema).build();
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

    // --- the dossiers ---

    private Map<String, Object> dossier(Object numero) {
        Map<String, Object> d = dossiers.get(((Number) numero).intValue());
        if (d == null) {
            throw new IllegalArgumentException("Dossier introuvable");
        }
        d.putIfAbsent("messages", new ArrayList<>());
        return d;
    }

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

    /**
     * Runs a mutation as DS would, refusing what DS refuses: a decision on a dossier not "en
     * instruction", a correction request on a closed dossier or on one already awaiting a correction.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> appliquerMutation(String mutation, Map<String, Object> input) {
        Map<String, Object> dossier;
        synchronized (dossiers) {
            dossier = dossiers.values().stream().filter(d -> d.get("id").equals(input.get("dossierId"))).findFirst().orElse(null);
        }
        Map<String, Object> resultat = new LinkedHashMap<>();
        resultat.put("clientMutationId", input.get("clientMutationId"));
        String refus = refusMutation;
        Map<String, Object> message = null;
        if (dossier == null) {
            refus = "Dossier introuvable";
        } else if (refus == null) {
            synchronized (dossiers) {
                String etat = (String) dossier.get("state");
                String maintenant = Instant.now().toString();
                if (mutation.equals("dossierEnvoyerMessage")) {
                    boolean correction = input.get("correction") != null;
                    if (correction && (!(etat.equals("en_construction") || etat.equals("en_instruction"))
                            || dossier.get("dateDerniereCorrectionEnAttente") != null)) {
                        refus = "Le dossier ne peut pas être mis en attente de correction";
                    } else {
                        message = new LinkedHashMap<>();
                        List<Map<String, Object>> messages = (List<Map<String, Object>>) dossier.computeIfAbsent("messages",
                                k -> new ArrayList<>());
                        message.put("id", "Q29tbWVudGFpcmUt" + (messages.size() + 1));
                        message.put("body", input.get("body"));
                        message.put("createdAt", maintenant);
                        message.put("email", "instructeur@exemple.gouv.fr");
                        message.put("attachments", List.of());
                        if (correction) {
                            Map<String, Object> c = new HashMap<>();
                            c.put("reason", input.get("correction"));
                            c.put("dateResolution", null);
                            message.put("correction", c);
                            dossier.put("state", "en_construction");
                            dossier.put("dateDerniereCorrectionEnAttente", maintenant);
                        }
                        messages.add(message);
                        dossier.put("dateDerniereModification", maintenant);
                    }
                } else {
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
                        dossier.put("dateDerniereModification", maintenant);
                    }
                }
                if (refus == null) {
                    mutationsAppliquees.add(new MutationAppliquee(((Number) dossier.get("number")).intValue(), mutation,
                            (String) input.get("clientMutationId"), input));
                }
            }
        }
        if (mutation.equals("dossierEnvoyerMessage")) {
            resultat.put("message", refus == null ? message : null);
        } else {
            resultat.put("dossier", refus == null ? dossier : null);
        }
        resultat.put("errors", refus == null ? null : List.of(Map.of("message", refus)));
        return resultat;
    }

}

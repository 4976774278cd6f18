package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every /api/v1 operation of the four services, read from their own OpenAPI documents at test time:
 * a test built on this list covers an operation the day it is added, without being told.
 */
public final class OperationsApi {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete");

    /** A parameter of an operation: name, where it goes (path, query, header) and its resolved schema. */
    public record Parametre(String name, String in, JsonNode schema) {
    }

    /**
     * One operation. {@code produces} the media types of its 2xx answers (empty when it declares none), {@code bodySchema} is the resolved JSON schema of an application/json body (null
     * when there is none), {@code contentTypes} the media types its body accepts, {@code doc} the
     * service's whole document (to resolve nested $ref).
     */
    public record Operation(Service service, String method, String path, Set<String> roles, boolean secured,
                            List<Parametre> parameters, List<String> contentTypes, JsonNode bodySchema, JsonNode doc,
                            Set<String> produces) {

        public String key() {
            return method.toUpperCase() + " " + path;
        }

        public boolean allows(String role) {
            return !secured || roles.isEmpty() || roles.contains(role);
        }

        public List<Parametre> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        /** The schema {@code node} points to, following $ref inside this service's document. */
        public JsonNode resolve(JsonNode node) {
            return OperationsApi.resolve(doc, node);
        }

        @Override
        public String toString() {
            return service.moduleName() + " " + key();
        }
    }

    private OperationsApi() {
    }

    /** All /api/v1 operations, the test clock's included. */
    public static List<Operation> all(PtceClient client) {
        List<Operation> ops = new ArrayList<>();
        for (Service s : Service.values()) {
            PtceClient.Response r = client.call("GET", s, "/q/openapi?format=json", null, null);
            if (r.status() != 200) {
                throw new AssertionError(s + " has no OpenAPI document: " + r);
            }
            ops.addAll(of(s, r.json()));
        }
        return ops;
    }

    static List<Operation> of(Service service, JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = doc.path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            for (String method : METHODS) {
                JsonNode op = paths.path(path).path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                Set<String> roles = new TreeSet<>();
                boolean secured = false;
                for (JsonNode requirement : op.path("security")) {
                    for (Iterator<Map.Entry<String, JsonNode>> f = requirement.fields(); f.hasNext(); ) {
                        secured = true;
                        f.next().getValue().forEach(role -> roles.add(role.asText()));
                    }
                }
                List<Parametre> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new Parametre(p.path("name").asText(), p.path("in").asText(), resolve(doc, p.path("schema"))));
                }
                JsonNode content = op.path("requestBody").path("content");
                List<String> types = new ArrayList<>();
                content.fieldNames().forEachRemaining(types::add);
                JsonNode schema = content.has("application/json") ? resolve(doc, content.path("application/json").path("schema")) : null;
                Set<String> produces = new TreeSet<>();
                for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = r.next();
                    if (answer.getKey().startsWith("2")) {
                        answer.getValue().path("content").fieldNames().forEachRemaining(produces::add);
                    }
                }
                ops.add(new Operation(service, method, path, roles, secured, params, types, schema, doc, produces));
            }
        }
        return ops;
    }

    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = doc.at(ref.substring(1));
        }
        return current;
    }
}

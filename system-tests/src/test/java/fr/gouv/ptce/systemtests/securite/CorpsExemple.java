package fr.gouv.ptce.systemtests.securite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.systemtests.securite.OperationsApi.Operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A plausible body for an operation, written from its JSON schema (types, formats, enums, bounds)
 * and a few field names whose rules the schema cannot say (a SIRET's key, an https URL, an event
 * type); and the list of its fields, each with its schema and whether it is required. The bad-input
 * sweep breaks one field of this body at a time.
 */
final class CorpsExemple {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One field of the body: where it is (object keys and array indices), its schema, required or not. */
    record Champ(List<Object> chemin, JsonNode schema, boolean requis) {
        String nom() {
            for (int i = chemin.size() - 1; i >= 0; i--) {
                if (chemin.get(i) instanceof String s) {
                    return s;
                }
            }
            return "corps";
        }

        String type() {
            return schema.path("type").asText("");
        }

        boolean texte() {
            return type().equals("string") && !schema.has("enum") && !schema.path("format").asText().matches("uuid|date|date-time|binary");
        }

        boolean argent() {
            String n = nom().toLowerCase();
            return type().equals("number") && (schema.path("multipleOf").asDouble(0) == 0.01
                    || n.startsWith("montant") || n.equals("budget") || n.equals("enveloppe"));
        }
    }

    private CorpsExemple() {
    }

    static JsonNode of(Operation op) {
        return value(op, op.bodySchema(), "", 0);
    }

    private static JsonNode value(Operation op, JsonNode raw, String name, int depth) {
        JsonNode s = op.resolve(raw);
        if (s == null || depth > 6) {
            return F.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "string");
        String format = s.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode o = F.objectNode();
                for (Iterator<String> it = s.path("properties").fieldNames(); it.hasNext(); ) {
                    String p = it.next();
                    o.set(p, value(op, s.path("properties").get(p), p, depth + 1));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (name.equals("types")) {
                    return a.add("decision.rendue");
                }
                a.add(value(op, s.path("items"), name, depth + 1));
                return a;
            }
            case "integer" -> {
                return F.numberNode(Math.max(1, s.path("minimum").asInt(1)));
            }
            case "number" -> {
                if (name.startsWith("montant") || name.equals("budget") || name.equals("enveloppe")) {
                    return F.textNode("1000.00");
                }
                return F.numberNode(name.equals("note") ? 3 : name.equals("pourcentage") ? 50 : 1);
            }
            case "boolean" -> {
                return F.booleanNode(false);
            }
            default -> {
                if (format.equals("uuid") || s.path("pattern").asText().startsWith("[a-fA-F0-9]{8}")) {
                    return F.textNode(UUID.randomUUID().toString());
                }
                if (format.equals("date-time")) {
                    return F.textNode(name.equals("cloture") ? "2026-06-30T12:00:00+02:00" : "2026-03-02T09:00:00+01:00");
                }
                if (format.equals("date")) {
                    return F.textNode("2026-03-02");
                }
                return F.textNode(switch (name) {
                    case "siret" -> "73282932000074";
                    case "codeCommune" -> "44109";
                    case "formeJuridique" -> "9220"; // INSEE catégorie juridique: association déclarée
                    case "email" -> "contact@exemple.fr";
                    case "url" -> "http://localhost:9/ptce"; // local addresses are allowed on the test platform only
                    case "code" -> "SWEEP-1";
                    case "reference" -> "DGFIP-1";
                    case "telephone" -> "0240000000";
                    default -> "Texte " + name;
                });
            }
        }
    }

    /** Every field of {@code body}, depth first; array items are visited through their first element. */
    static List<Champ> champs(Operation op, JsonNode body) {
        List<Champ> out = new ArrayList<>();
        walk(op, op.bodySchema(), body, new ArrayList<>(), false, out);
        return out;
    }

    private static void walk(Operation op, JsonNode raw, JsonNode node, List<Object> path, boolean required, List<Champ> out) {
        JsonNode s = op.resolve(raw);
        if (s == null) {
            return;
        }
        if (!path.isEmpty()) {
            out.add(new Champ(List.copyOf(path), s, required));
        }
        if (node.isObject()) {
            Set<String> req = new HashSet<>();
            s.path("required").forEach(r -> req.add(r.asText()));
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String p = it.next();
                path.add(p);
                walk(op, s.path("properties").path(p), node.get(p), path, req.contains(p), out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray() && node.size() > 0) {
            path.add(0);
            // An item is never "required": leaving it out makes an empty list, which may well be valid.
            walk(op, s.path("items"), node.get(0), path, false, out);
            path.remove(path.size() - 1);
        }
    }

    /** A copy of {@code body} with the field at {@code chemin} replaced by {@code value} (removed when null). */
    static JsonNode with(JsonNode body, List<Object> chemin, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < chemin.size() - 1; i++) {
            Object k = chemin.get(i);
            parent = k instanceof String s ? parent.get(s) : parent.get((Integer) k);
        }
        Object last = chemin.get(chemin.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            if (value == null) {
                a.remove((Integer) last);
            } else {
                a.set((Integer) last, value);
            }
        }
        return copy;
    }
}

package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of RFC 6902 the overlays use (add, replace, remove), applied as kustomize does:
 * in order, failing when a path does not exist where the RFC says it must.
 */
final class JsonPatch6902 {

    private JsonPatch6902() {
    }

    static void apply(ObjectNode target, ArrayNode operations) {
        for (JsonNode op : operations) {
            String kind = op.path("op").asText();
            List<String> path = pointer(op.path("path").asText());
            JsonNode parent = target;
            for (String token : path.subList(0, path.size() - 1)) {
                parent = child(parent, token, op);
            }
            String last = path.get(path.size() - 1);
            switch (kind) {
                case "add" -> add(parent, last, op.get("value").deepCopy(), op);
                case "replace" -> {
                    child(parent, last, op);
                    set(parent, last, op.get("value").deepCopy());
                }
                case "remove" -> {
                    child(parent, last, op);
                    if (parent.isObject()) {
                        ((ObjectNode) parent).remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                default -> throw new IllegalStateException("JSON patch op not supported by the renderer: " + op);
            }
        }
    }

    private static List<String> pointer(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalStateException("JSON pointer must start with /: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode child(JsonNode parent, String token, JsonNode op) {
        JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
        if (next == null) {
            throw new IllegalStateException("JSON patch path does not exist: " + op);
        }
        return next;
    }

    private static void add(JsonNode parent, String token, JsonNode value, JsonNode op) {
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, value);
        } else if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if (token.equals("-")) {
                array.add(value);
            } else {
                array.insert(Integer.parseInt(token), value);
            }
        } else {
            throw new IllegalStateException("JSON patch parent is a scalar: " + op);
        }
    }

    private static void set(JsonNode parent, String token, JsonNode value) {
        if (parent.isObject()) {
            ((ObjectNode) parent).set(token, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(token), value);
        }
    }
}

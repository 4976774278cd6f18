package fr.gouv.ptce.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON path ("structure.siret", "membres[2].nom") where a streaming parser stopped: errors raised
 * while reading a token (a number too large for an int) carry the parser, not a databind path.
 */
final class CheminJson {

    private CheminJson() {
    }

    static String de(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return "corps";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String chemin = String.join("", segments);
        chemin = chemin.startsWith(".") ? chemin.substring(1) : chemin;
        return chemin.isEmpty() ? "corps" : chemin;
    }
}

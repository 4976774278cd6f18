package fr.gouv.ptce.commons.outbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * W3C {@code traceparent} of the work in progress on this thread: set from the HTTP request or the
 * consumed event, copied onto every event written to the outbox meanwhile.
 */
public final class TraceContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    public static String current() {
        return CURRENT.get();
    }

    /** Continues {@code parent}'s trace with a new span id, or starts a new trace. */
    public static void enter(String parent) {
        CURRENT.set(childOf(parent));
    }

    public static void clear() {
        CURRENT.remove();
    }

    static String childOf(String parent) {
        HexFormat hex = HexFormat.of();
        byte[] span = new byte[8];
        RANDOM.nextBytes(span);
        if (parent != null && parent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")) {
            return "00-" + parent.substring(3, 35) + "-" + hex.formatHex(span) + "-01";
        }
        byte[] trace = new byte[16];
        RANDOM.nextBytes(trace);
        return "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + "-01";
    }
}

package fr.gouv.ptce.commons.events;

/**
 * CloudEvents types are {@code fr.gouv.ptce.<aggregate>.<fact>.v1}; code and catalogue name an event
 * by its short "fact" ({@code candidature.deposee}), and this class converts between the two.
 */
public final class EventTypes {

    private static final String PREFIX = "fr.gouv.ptce.";
    private static final String SUFFIX = ".v1";

    private EventTypes() {
    }

    public static String cloudEventType(String fact) {
        return PREFIX + fact + SUFFIX;
    }

    /** Returns the fact of a type of ours, or {@code null} for a type from elsewhere. */
    public static String factOf(String cloudEventType) {
        if (cloudEventType == null || !cloudEventType.startsWith(PREFIX) || !cloudEventType.endsWith(SUFFIX)) {
            return null;
        }
        return cloudEventType.substring(PREFIX.length(), cloudEventType.length() - SUFFIX.length());
    }
}

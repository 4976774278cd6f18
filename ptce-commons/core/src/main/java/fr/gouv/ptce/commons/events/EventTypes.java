package fr.gouv.ptce.commons.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * CloudEvents types are {@code fr.gouv.ptce.<aggregate>.<fact>.v1}; code and catalogue name an event
 * by its short "fact" ({@code candidature.deposee}), and this class converts between the two. It also
 * finds the {@link EventType} of a fact or of a record class among those the catalogue modules on the
 * class path declare ({@link EventTypeSource}).
 */
public final class EventTypes {

    private static final String PREFIX = "fr.gouv.ptce.";
    private static final String SUFFIX = ".v1";

    private static volatile Map<Class<?>, EventType> byClass;

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

    /** The type whose data is {@code dataType}; a record no catalogue declares is a programming error. */
    public static EventType of(Class<? extends EventData> dataType) {
        EventType type = declared().get(dataType);
        if (type == null) {
            throw new IllegalArgumentException(dataType.getName() + " n'est la donnée d'aucun type d'événement déclaré");
        }
        return type;
    }

    public static Optional<EventType> byFact(String fact) {
        return declared().values().stream().filter(t -> t.fact().equals(fact)).findFirst();
    }

    private static Map<Class<?>, EventType> declared() {
        Map<Class<?>, EventType> map = byClass;
        if (map == null) {
            map = new HashMap<>();
            for (ClassLoader loader : List.of(Thread.currentThread().getContextClassLoader(),
                    EventTypes.class.getClassLoader())) {
                for (EventTypeSource source : ServiceLoader.load(EventTypeSource.class, loader)) {
                    for (EventType type : source.eventTypes()) {
                        map.putIfAbsent(type.dataType(), type);
                    }
                }
            }
            byClass = Map.copyOf(map);
        }
        return map;
    }
}

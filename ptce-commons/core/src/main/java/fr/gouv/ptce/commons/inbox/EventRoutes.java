package fr.gouv.ptce.commons.inbox;

import fr.gouv.ptce.commons.events.EventData;
import fr.gouv.ptce.commons.events.EventType;
import fr.gouv.ptce.commons.events.EventTypes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one consumer does with the events of a topic: one handler per record type. Events of other
 * types are acknowledged without effect. Immutable: {@link #on} returns a new set of routes.
 */
public final class EventRoutes {

    /** A handler and the record it expects. */
    record Route<T extends EventData>(EventType type, Class<T> dataType, EventHandler<? super T> handler) {
    }

    private final Map<String, Route<?>> byFact;

    private EventRoutes(Map<String, Route<?>> byFact) {
        this.byFact = Map.copyOf(byFact);
    }

    public static EventRoutes none() {
        return new EventRoutes(Map.of());
    }

    /** Starts routes with the handler of the events whose data is {@code dataType}. */
    public static <T extends EventData> EventRoutes when(Class<T> dataType, EventHandler<? super T> handler) {
        return none().on(dataType, handler);
    }

    public <T extends EventData> EventRoutes on(Class<T> dataType, EventHandler<? super T> handler) {
        return add(new Route<>(EventTypes.of(dataType), dataType, handler));
    }

    /**
     * One handler for several types (e.g. every fact of a topic), given the view {@code common} that
     * all their records share.
     */
    public <T extends EventData> EventRoutes onEach(Class<T> common, Collection<? extends EventType> types,
                                                   EventHandler<? super T> handler) {
        EventRoutes routes = this;
        for (EventType type : types) {
            if (!common.isAssignableFrom(type.dataType())) {
                throw new IllegalArgumentException(type.dataType().getName() + " n'est pas un " + common.getName());
            }
            routes = routes.add(new Route<>(type, type.dataType().asSubclass(common), handler));
        }
        return routes;
    }

    /**
     * These routes and {@code autres}'s: the routes of several features read on one channel. A fact
     * both handle is refused (each fact has one handler in a service).
     */
    public EventRoutes avec(EventRoutes autres) {
        EventRoutes routes = this;
        for (Route<?> route : autres.byFact.values()) {
            routes = routes.add(route);
        }
        return routes;
    }

    private EventRoutes add(Route<?> route) {
        Map<String, Route<?>> copy = new LinkedHashMap<>(byFact);
        if (copy.putIfAbsent(route.type().fact(), route) != null) {
            throw new IllegalArgumentException("Deux traitements pour " + route.type().fact());
        }
        return new EventRoutes(copy);
    }

    Optional<Route<?>> route(String fact) {
        return Optional.ofNullable(fact == null ? null : byFact.get(fact));
    }
}

package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.launcher.Service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The addresses of the replicas of each service, handed out in turn as a load balancer without
 * health checks would: every attempt goes to the next replica, so a call refused by a dead one is
 * retried (by {@link Appels}) on the other. Counts the attempts sent to each address.
 */
final class Repliques {

    private final Map<Service, List<String>> adresses = new EnumMap<>(Service.class);
    private final Map<Service, AtomicInteger> tours = new EnumMap<>(Service.class);
    private final Map<String, AtomicInteger> envois = new ConcurrentHashMap<>();

    void ajouter(Service s, int port) {
        adresses.computeIfAbsent(s, k -> new ArrayList<>()).add("http://localhost:" + port);
        tours.computeIfAbsent(s, k -> new AtomicInteger());
    }

    /** The next replica of {@code s}, in turn. */
    String suivante(Service s) {
        List<String> l = adresses.get(s);
        String a = l.get(Math.floorMod(tours.get(s).getAndIncrement(), l.size()));
        envois.computeIfAbsent(a, k -> new AtomicInteger()).incrementAndGet();
        return a;
    }

    List<String> de(Service s) {
        return adresses.get(s);
    }

    /** Attempts per address, for the report. */
    Map<String, Integer> envoisParAdresse() {
        Map<String, Integer> out = new TreeMap<>();
        envois.forEach((a, n) -> out.put(a, n.get()));
        return out;
    }
}

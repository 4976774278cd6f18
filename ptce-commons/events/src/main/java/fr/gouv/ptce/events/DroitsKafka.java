package fr.gouv.ptce.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one service may do on the broker, derived from the catalogue's topics.json, the one place that
 * says it: it writes the topics it produces and its dead-letter topic {@code ptce.dlq.<service>}, reads
 * the topics it consumes, with its own consumer group (named after the service). The launcher's broker,
 * the tests' broker and the Strimzi KafkaUsers of deploy/k8s (checked against it) all take their ACLs
 * from {@link #acls()}. Plain data, no Kafka classes: the launcher and the manifests' checks use it too.
 *
 * @param service the service, also its Kafka user (User:&lt;service&gt;)
 * @param ecrit   the topics it writes
 * @param lit     the topics it reads
 * @param groupe  its consumer group, if it consumes anything
 */
public record DroitsKafka(String service, SortedSet<String> ecrit, SortedSet<String> lit, Optional<String> groupe) {

    /** The catalogue of topics: producer and consumers of each, in the events jar. */
    public static final String TOPICS = "ptce-events/topics.json";

    /**
     * One ACL, in Strimzi's notation (type {@code topic} or {@code group}, operations {@code Read},
     * {@code Write}, {@code Describe}); Kafka's {@code ResourceType.fromString} and
     * {@code AclOperation.fromString} read the same words.
     */
    public record Acl(String type, String nom, List<String> operations) {
    }

    public DroitsKafka {
        ecrit = Collections.unmodifiableSortedSet(new TreeSet<>(ecrit));
        lit = Collections.unmodifiableSortedSet(new TreeSet<>(lit));
    }

    /** This service's ACLs: Write + Describe on what it writes, Read + Describe on what it reads, Read on its group. */
    public List<Acl> acls() {
        List<Acl> acls = new ArrayList<>();
        ecrit.forEach(t -> acls.add(new Acl("topic", t, List.of("Describe", "Write"))));
        lit.forEach(t -> acls.add(new Acl("topic", t, List.of("Describe", "Read"))));
        groupe.ifPresent(g -> acls.add(new Acl("group", g, List.of("Read"))));
        return acls;
    }

    /** Every topic the rights name (the catalogue's and the dead-letter topics): those the platform creates. */
    public static SortedSet<String> topics(Map<String, DroitsKafka> droits) {
        SortedSet<String> topics = new TreeSet<>();
        droits.values().forEach(d -> {
            topics.addAll(d.ecrit());
            topics.addAll(d.lit());
        });
        return topics;
    }

    /** The dead-letter topic of a consuming service: ptce.dlq.candidature for candidature-service. */
    public static String lettresMortes(String service) {
        return "ptce.dlq." + service.replaceFirst("-service$", "");
    }

    /** The rights of every service named in the events jar's topics.json, by service. */
    public static Map<String, DroitsKafka> duCatalogue() {
        try (InputStream in = DroitsKafka.class.getClassLoader().getResourceAsStream(TOPICS)) {
            if (in == null) {
                throw new IllegalStateException(TOPICS + " absent du classpath");
            }
            return de(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(TOPICS + " illisible", e);
        }
    }

    /** The rights given by a topics.json document. */
    public static Map<String, DroitsKafka> de(JsonNode topics) {
        Map<String, SortedSet<String>> ecrit = new TreeMap<>();
        Map<String, SortedSet<String>> lit = new TreeMap<>();
        topics.fields().forEachRemaining(t -> {
            ecrit.computeIfAbsent(t.getValue().path("producteur").asText(), s -> new TreeSet<>()).add(t.getKey());
            t.getValue().path("consommateurs").forEach(c -> {
                lit.computeIfAbsent(c.asText(), s -> new TreeSet<>()).add(t.getKey());
                ecrit.computeIfAbsent(c.asText(), s -> new TreeSet<>()).add(lettresMortes(c.asText()));
            });
        });
        SortedSet<String> services = new TreeSet<>(ecrit.keySet());
        services.addAll(lit.keySet());
        Map<String, DroitsKafka> droits = new TreeMap<>();
        for (String service : services) {
            SortedSet<String> lus = lit.getOrDefault(service, new TreeSet<>());
            droits.put(service, new DroitsKafka(service, ecrit.getOrDefault(service, new TreeSet<>()), lus,
                    lus.isEmpty() ? Optional.empty() : Optional.of(service)));
        }
        return droits;
    }
}

package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.outbox.OutboxRelay;
import fr.gouv.ptce.commons.testing.KafkaTestClient.Received;
import fr.gouv.ptce.commons.testing.TestInfrastructure;

import io.opentelemetry.api.trace.TracerProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Relays of the tests' own, on the test application's outbox, and what to check of their output. */
final class Relays {

    private Relays() {
    }

    static OutboxRelay relay(String bootstrapServers, int batchSize) {
        return new OutboxRelay(new OutboxRelay.Settings(TestInfrastructure.jdbcUrl(Sql.DATABASE), "postgres", "postgres",
                bootstrapServers, TestInfrastructure.connexionAdmin(bootstrapServers), "/ptce/commons-it", Duration.ofSeconds(1), batchSize, Duration.ofDays(7),
                Duration.ofHours(1), Duration.ofMillis(300)), Clock.systemUTC(),
                TracerProvider.noop().get("ptce-tests"));
    }

    /** The "rang" of each key's events in the order the topic holds them, duplicates (same ce_id) dropped. */
    static Map<String, List<Integer>> ranksPerKey(List<Received> records) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (Received r : records) {
            if (seen.add(r.id())) {
                out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.data().path("rang").asInt());
            }
        }
        return out;
    }

    static List<Integer> range(int count) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(i);
        }
        return out;
    }
}

package fr.gouv.ptce.benchmarks.simulations;

import fr.gouv.ptce.benchmarks.GatlingRun;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Closed-model reads: a fixed number of clients each send the next GET as soon as the previous one
 * answered, for a fixed time: throughput at saturation and the latency that comes with it. The CSV
 * feeder gives each request its path and bearer token (the owner's token for an owner's read).
 * Used for PTCE's reads and for the bare reference endpoint alike, so both see the same load.
 */
public class LectureSimulation extends Simulation {

    private final String base = System.getProperty("bench.baseUrl");
    private final String name = System.getProperty("bench.requestName", "lecture");
    private final int users = Integer.getInteger("bench.users", 8);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final String requests = System.getProperty("bench.requestsCsv");

    private final HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("application/json");

    private final int warmup = Integer.getInteger("bench.warmupSeconds", 0);

    private ScenarioBuilder lecture(String request, int duree) {
        return scenario(request).during(Duration.ofSeconds(duree)).on(
                feed(csv(requests).circular())
                        .exec(http(request).get("#{path}")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200))));
    }

    {
        if (warmup > 0) {
            // The same clients warm up first, then the measured run starts as they stop.
            setUp(lecture(GatlingRun.WARMUP + name, warmup).injectOpen(atOnceUsers(users))
                    .andThen(lecture(name, seconds).injectOpen(atOnceUsers(users))))
                    .protocols(protocol).maxDuration(Duration.ofSeconds(warmup + seconds + 60L));
        } else {
            setUp(lecture(name, seconds).injectOpen(atOnceUsers(users))).protocols(protocol)
                    .maxDuration(Duration.ofSeconds(seconds + 30L));
        }
    }
}

package fr.gouv.ptce.benchmarks.simulations;

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

    private final ScenarioBuilder lecture = scenario(name)
            .during(Duration.ofSeconds(seconds)).on(
                    feed(csv(requests).circular())
                            .exec(http(name).get("#{path}")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200))));

    {
        setUp(lecture.injectOpen(atOnceUsers(users))).protocols(protocol)
                .maxDuration(Duration.ofSeconds(seconds + 30L));
    }
}

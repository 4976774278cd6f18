package fr.gouv.ptce.benchmarks.simulations;

import fr.gouv.ptce.benchmarks.Api;
import fr.gouv.ptce.benchmarks.GatlingRun;
import fr.gouv.ptce.benchmarks.Json;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One stage of the submission rush: porteurs arrive at a fixed rate (open model, as in the last
 * hour before a deadline: arrivals do not wait for the server) and each one creates a draft, fills
 * it, uploads the two mandatory PDFs and submits it. Rate = complete submissions per second.
 */
public class SoumissionSimulation extends Simulation {

    private final String base = System.getProperty("bench.baseUrl");
    private final String campagneId = System.getProperty("bench.campagneId");
    private final double rate = Double.parseDouble(System.getProperty("bench.rate"));
    private final int seconds = Integer.getInteger("bench.seconds");
    private final String porteurs = System.getProperty("bench.porteursCsv");

    private final HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private final int warmup = Integer.getInteger("bench.warmupSeconds", 0);

    /** The five calls of one submission; {@code prefix} names the warm-up's requests apart. */
    private ScenarioBuilder soumission(String scenario, String prefix) {
        return scenario(scenario)
                .feed(csv(porteurs).circular())
                .exec(session -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    String siret = Api.siret(r);
                    String commune = Api.COMMUNES.get(r.nextInt(Api.COMMUNES.size()));
                    return session.set("contenu", Json.write(Api.contenu(siret, commune)));
                })
                .exec(http(prefix + "1 creation").post("/api/v1/candidatures")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"campagneId\":\"" + campagneId + "\"}"))
                        .check(status().is(201), jsonPath("$.id").saveAs("id")))
                .exec(http(prefix + "2 contenu").put("/api/v1/candidatures/#{id}")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("#{contenu}"))
                        .check(status().is(200)))
                .exec(piece(prefix + "3 piece STATUTS", "STATUTS", "statuts.pdf"))
                .exec(piece(prefix + "4 piece BUDGET", "BUDGET", "budget.pdf"))
                .exec(http(prefix + "5 depot").post("/api/v1/candidatures/#{id}/depot")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{}"))
                        .check(status().is(200)));
    }

    /** One mandatory attachment, uploaded as the front end does (multipart: type + file). */
    private static HttpRequestActionBuilder piece(String request, String type, String fichier) {
        return http(request).post("/api/v1/candidatures/#{id}/pieces")
                .header("Authorization", "Bearer #{token}")
                .asMultipartForm()
                .bodyPart(StringBodyPart("type", type))
                .bodyPart(ByteArrayBodyPart("fichier", Api.PDF).fileName(fichier).contentType("application/pdf"))
                .check(status().is(201));
    }

    {
        ScenarioBuilder mesure = soumission("depot", "");
        if (warmup > 0) {
            // Same arrivals for the warm-up, then the measured stage right after it.
            setUp(soumission("echauffement", GatlingRun.WARMUP)
                    .injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(warmup)))
                    .andThen(mesure.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds)))))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(warmup + seconds + 90L));
        } else {
            setUp(mesure.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(seconds + 60L));
        }
    }
}

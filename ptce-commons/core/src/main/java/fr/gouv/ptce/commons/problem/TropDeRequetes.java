package fr.gouv.ptce.commons.problem;

import jakarta.ws.rs.core.Response;

import java.time.Duration;

/**
 * The one answer of every rate limit of the platform (writes per account, open-data reads per
 * address): a 429 problem in French saying which limit ran out and when to come back, with
 * {@code Retry-After} for every client and the RateLimit fields (draft-ietf-httpapi-ratelimit-headers)
 * naming the quota and its size, as the OpenAPI documents describe.
 */
public final class TropDeRequetes {

    private TropDeRequetes() {
    }

    /**
     * @param attente   how long until one more request is allowed (rounded up to the second, at least 1 s)
     * @param quota     the quota's name in the RateLimit fields ({@code ecritures}, {@code donnees-ouvertes})
     * @param parMinute its size per minute
     * @param quoi      what is counted and for whom, e.g. « écritures par minute atteinte pour ce client »
     */
    public static Response reponse(Duration attente, String quota, int parMinute, String quoi) {
        long secondes = Math.max(1, (attente.toMillis() + 999) / 1000);
        Response problem = ProblemResponses.of(Problem.of(429, "trop-de-requetes", "Trop de requêtes",
                "Limite de " + parMinute + " " + quoi + " ; réessayez dans " + secondes + " s."));
        return Response.fromResponse(problem).header("Retry-After", Long.toString(secondes))
                .header("RateLimit", "\"" + quota + "\";r=0;t=" + secondes)
                .header("RateLimit-Policy", "\"" + quota + "\";q=" + parMinute + ";w=60")
                .build();
    }
}

package fr.gouv.ptce.candidature;

import fr.gouv.ptce.commons.security.IdentiteDejaVerifiee;
import fr.gouv.ptce.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache of verified tokens (ptce-commons security.IdentiteDejaVerifiee) saves the signature
 * check of a token seen a moment ago, and nothing else: a token that was accepted and then expired
 * is refused, and a token that differs from an accepted one (tampered, signed by another key) is
 * verified and refused.
 */
@QuarkusTest
@Order(13)
class CacheJetonsTest {

    @Inject
    IdentiteDejaVerifiee cache;

    @Test
    void unJetonAccepteSertDuCacheJusquaSonExpirationEtPasUnOctetDePlus() throws InterruptedException {
        // Long enough for a slow first request on a busy machine; the wait below is until exp itself.
        Instant expiration = Instant.now().plusSeconds(10);
        String jeton = TestTokens.expiringIn(Duration.between(Instant.now(), expiration), "porteur-cache", "porteur");
        int avant = cache.taille();
        as(jeton).get("/api/v1/candidatures").then().statusCode(200);
        assertTrue(cache.taille() > avant, "an accepted token is kept");
        as(jeton).get("/api/v1/candidatures").then().statusCode(200);

        // Kept, yet a token that differs by its signature or its key is verified again, and refused.
        String[] parties = jeton.split("\\.");
        String altere = parties[0] + "." + parties[1] + "." + (parties[2].charAt(0) == 'A' ? 'B' : 'A') + parties[2].substring(1);
        as(altere).get("/api/v1/candidatures").then().statusCode(401);
        as(TestTokens.signedByForeignKey("porteur-cache", "porteur")).get("/api/v1/candidatures").then().statusCode(401);
        // Roles edited in the payload, signature kept: refused.
        String promu = parties[0] + "." + parties[1].substring(0, parties[1].length() - 2) + "xx." + parties[2];
        as(promu).get("/api/v1/candidatures").then().statusCode(401);

        // Once expired, the token that was accepted is refused: the cache never outlives exp.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiration).toMillis()) + 1_500);
        as(jeton).get("/api/v1/candidatures").then().statusCode(401);
    }
}

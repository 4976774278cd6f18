package fr.gouv.ptce.commons.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class JetonsVerifiesTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    /** A clock the test moves. */
    private static final class Horloge extends Clock {
        Instant maintenant = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return maintenant;
        }
    }

    private final Horloge horloge = new Horloge();
    private final JetonsVerifies<String> jetons = new JetonsVerifies<>(horloge, Duration.ofMinutes(2), 3);

    @Test
    void unJetonVerifieEstServiJusquaSonExpirationPuisPlus() {
        jetons.retenir("a.b.c", "identité", T0.plusSeconds(60));
        horloge.maintenant = T0.plusSeconds(59);
        assertEquals(Optional.of("identité"), jetons.lire("a.b.c"));
        horloge.maintenant = T0.plusSeconds(60);
        assertEquals(Optional.empty(), jetons.lire("a.b.c"), "at exp the token is no longer trusted from the cache");
        assertEquals(0, jetons.taille(), "the expired entry is dropped when met");
    }

    @Test
    void unJetonQuiVitLongtempsEstReverifieApresLaDureeMax() {
        jetons.retenir("a.b.c", "identité", T0.plus(Duration.ofHours(10)));
        horloge.maintenant = T0.plus(Duration.ofMinutes(2)).minusMillis(1);
        assertEquals(Optional.of("identité"), jetons.lire("a.b.c"));
        horloge.maintenant = T0.plus(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), jetons.lire("a.b.c"));
    }

    @Test
    void unAutreJetonNeTrouveRienMemeSIlNeDiffereQueDUnOctet() {
        jetons.retenir("a.b.c", "identité", T0.plusSeconds(60));
        assertEquals(Optional.empty(), jetons.lire("a.b.d"));
        assertEquals(Optional.empty(), jetons.lire("a.b.c "));
        assertNotEquals(JetonsVerifies.empreinte("a.b.c"), JetonsVerifies.empreinte("a.b.d"));
    }

    @Test
    void unJetonDejaExpireOuSansExpirationNEstPasGarde() {
        jetons.retenir("vieux", "identité", T0);
        jetons.retenir("sans-exp", "identité", null);
        assertEquals(0, jetons.taille());
    }

    @Test
    void pleinIlOublieLesExpiresPuisRefuseDeGarderPlus() {
        jetons.retenir("1", "un", T0.plusSeconds(10));
        jetons.retenir("2", "deux", T0.plusSeconds(100));
        jetons.retenir("3", "trois", T0.plusSeconds(100));
        horloge.maintenant = T0.plusSeconds(20);
        jetons.retenir("4", "quatre", T0.plusSeconds(100)); // "1" has expired: its place is taken
        assertEquals(3, jetons.taille());
        assertEquals(Optional.of("quatre"), jetons.lire("4"));
        jetons.retenir("5", "cinq", T0.plusSeconds(100)); // full of live tokens: "5" is verified each time
        assertEquals(Optional.empty(), jetons.lire("5"));
        assertEquals(Optional.of("deux"), jetons.lire("2"));
        jetons.vider();
        assertEquals(0, jetons.taille());
    }
}

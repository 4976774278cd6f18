package fr.gouv.ptce.commons.security;

import fr.gouv.ptce.commons.time.AdjustableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class JetonsVerifiesTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private final AdjustableClock horloge = pinnedAt(T0);
    private final JetonsVerifies<String> jetons = new JetonsVerifies<>(horloge, Duration.ofMinutes(2), 3);

    private static AdjustableClock pinnedAt(Instant instant) {
        AdjustableClock horloge = new AdjustableClock();
        horloge.pinTo(instant);
        return horloge;
    }

    @Test
    void unJetonVerifieEstServiJusquaSonExpirationPuisPlus() {
        jetons.retenir("a.b.c", "identité", T0.plusSeconds(60));
        horloge.pinTo(T0.plusSeconds(59));
        assertEquals(Optional.of("identité"), jetons.lire("a.b.c"));
        horloge.pinTo(T0.plusSeconds(60));
        assertEquals(Optional.empty(), jetons.lire("a.b.c"), "at exp the token is no longer trusted from the cache");
        assertEquals(0, jetons.taille(), "the expired entry is dropped when met");
    }

    @Test
    void unJetonQuiVitLongtempsEstReverifieApresLaDureeMax() {
        jetons.retenir("a.b.c", "identité", T0.plus(Duration.ofHours(10)));
        horloge.pinTo(T0.plus(Duration.ofMinutes(2)).minusMillis(1));
        assertEquals(Optional.of("identité"), jetons.lire("a.b.c"));
        horloge.pinTo(T0.plus(Duration.ofMinutes(2)));
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
        horloge.pinTo(T0.plusSeconds(20));
        jetons.retenir("4", "quatre", T0.plusSeconds(100)); // "1" has expired: its place is taken
        assertEquals(3, jetons.taille());
        assertEquals(Optional.of("quatre"), jetons.lire("4"));
        jetons.retenir("5", "cinq", T0.plusSeconds(100)); // full of live tokens: "5" is verified each time
        assertEquals(Optional.empty(), jetons.lire("5"));
        assertEquals(Optional.of("deux"), jetons.lire("2"));
    }
}

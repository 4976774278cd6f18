package fr.gouv.ptce.commons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the verification of a bearer token concluded, kept so that the same token is not verified
 * again on every request: a token is immutable and its checks (signature, issuer, audience, type,
 * not-before) give the same answer for the same bytes, except the ones that depend on time, so an
 * entry is kept only until the token's {@code exp} and never longer than {@code dureeMax}.
 * <ul>
 *   <li>The key is the SHA-256 of the whole token: a token differing by one byte (tampered, re-signed)
 *   is another key, and the map never holds a token's text.</li>
 *   <li>Only tokens that passed every check are put here; a refused token is verified each time.</li>
 *   <li>The clock is real time ({@code @TransportClock}), never the business clock the demo moves.</li>
 *   <li>Bounded: when full, expired entries are dropped; if it is still full, the new token is simply
 *   not kept (it is verified again next time), so memory stays bounded whatever the callers do.</li>
 * </ul>
 * Plain Java, so that its rules are tested without Quarkus ({@code JetonsVerifiesTest}).
 */
public final class JetonsVerifies<V> {

    private record Entree<V>(V valeur, Instant jusqua) {
    }

    private final Map<String, Entree<V>> entrees = new ConcurrentHashMap<>();
    private final Clock horloge;
    private final Duration dureeMax;
    private final int tailleMax;

    public JetonsVerifies(Clock horloge, Duration dureeMax, int tailleMax) {
        this.horloge = horloge;
        this.dureeMax = dureeMax;
        this.tailleMax = tailleMax;
    }

    /** The verified result for this token, if it was verified and is still within its life. */
    public Optional<V> lire(String jeton) {
        String cle = empreinte(jeton);
        Entree<V> e = entrees.get(cle);
        if (e == null) {
            return Optional.empty();
        }
        if (!horloge.instant().isBefore(e.jusqua())) {
            entrees.remove(cle, e);
            return Optional.empty();
        }
        return Optional.of(e.valeur());
    }

    /**
     * Keeps a token that passed verification, until {@code expiration} (the token's {@code exp}) or
     * {@code dureeMax} from now, whichever comes first. A token without expiration is not kept.
     */
    public void retenir(String jeton, V valeur, Instant expiration) {
        if (expiration == null) {
            return;
        }
        Instant maintenant = horloge.instant();
        Instant limite = maintenant.plus(dureeMax);
        Instant jusqua = expiration.isBefore(limite) ? expiration : limite;
        if (!maintenant.isBefore(jusqua)) {
            return;
        }
        if (entrees.size() >= tailleMax) {
            entrees.values().removeIf(e -> !maintenant.isBefore(e.jusqua()));
            if (entrees.size() >= tailleMax) {
                return;
            }
        }
        entrees.put(empreinte(jeton), new Entree<>(valeur, jusqua));
    }

    public int taille() {
        return entrees.size();
    }

    static String empreinte(String jeton) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(jeton.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

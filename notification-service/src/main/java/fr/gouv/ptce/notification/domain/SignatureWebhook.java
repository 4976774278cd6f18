package fr.gouv.ptce.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signing: the secret is {@code whsec_} + base64 of random bytes; the signature
 * of a message is {@code v1,} + base64(HMAC-SHA256(secret bytes, id + "." + timestamp + "." + body)).
 * A receiver recomputes it with the secret it was given once, at registration.
 */
public final class SignatureWebhook {

    public static final String PREFIXE_SECRET = "whsec_";
    private static final int OCTETS_SECRET = 32;

    private SignatureWebhook() {
    }

    public static String nouveauSecret(SecureRandom aleas) {
        byte[] octets = new byte[OCTETS_SECRET];
        aleas.nextBytes(octets);
        return PREFIXE_SECRET + Base64.getEncoder().encodeToString(octets);
    }

    public static String signer(String secret, String messageId, long horodatage, String corps) {
        String cle = secret.startsWith(PREFIXE_SECRET) ? secret.substring(PREFIXE_SECRET.length()) : secret;
        byte[] contenu = (messageId + "." + horodatage + "." + corps).getBytes(StandardCharsets.UTF_8);
        return "v1," + Base64.getEncoder().encodeToString(hmacSha256(Base64.getDecoder().decode(cle), contenu));
    }

    /**
     * HMAC-SHA256 as RFC 2104 defines it, on the JDK's SHA-256 (the domain stays within java.*; the
     * Standard Webhooks test vector checks it).
     */
    static byte[] hmacSha256(byte[] cle, byte[] message) {
        final int bloc = 64;
        MessageDigest sha = sha256();
        byte[] k = cle.length > bloc ? sha.digest(cle) : cle;
        byte[] ipad = new byte[bloc];
        byte[] opad = new byte[bloc];
        for (int i = 0; i < bloc; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        sha.reset();
        sha.update(ipad);
        byte[] interne = sha.digest(message);
        sha.reset();
        sha.update(opad);
        return sha.digest(interne);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponible", e);
        }
    }
}

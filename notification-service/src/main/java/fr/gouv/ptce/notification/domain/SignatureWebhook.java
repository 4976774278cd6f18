package fr.gouv.ptce.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signing: the secret is {@code whsec_} + base64 of random bytes; the signature
 * of a message is {@code v1,} + base64(HMAC-SHA256(secret bytes, id + "." + timestamp + "." + body)).
 * A receiver recomputes it with the secret it was given. While a secret is being replaced, the
 * message carries one signature per valid secret, separated by spaces, as the specification allows:
 * a receiver that still has the old secret and one that already has the new both accept it.
 */
public final class SignatureWebhook {

    public static final String PREFIXE_SECRET = "whsec_";
    private static final int OCTETS_SECRET = 32;
    private static final String HMAC = "HmacSHA256";

    private SignatureWebhook() {
    }

    public static String nouveauSecret(SecureRandom aleas) {
        byte[] octets = new byte[OCTETS_SECRET];
        aleas.nextBytes(octets);
        return PREFIXE_SECRET + Base64.getEncoder().encodeToString(octets);
    }

    /** The {@code webhook-signature} header for one secret. */
    public static String signer(String secret, String messageId, long horodatage, String corps) {
        String cle = secret.startsWith(PREFIXE_SECRET) ? secret.substring(PREFIXE_SECRET.length()) : secret;
        byte[] contenu = (messageId + "." + horodatage + "." + corps).getBytes(StandardCharsets.UTF_8);
        return "v1," + Base64.getEncoder().encodeToString(hmacSha256(Base64.getDecoder().decode(cle), contenu));
    }

    /** The {@code webhook-signature} header for every valid secret: space-separated signatures. */
    public static String signer(List<String> secrets, String messageId, long horodatage, String corps) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("au moins un secret");
        }
        return secrets.stream().map(s -> signer(s, messageId, horodatage, corps)).collect(Collectors.joining(" "));
    }

    private static byte[] hmacSha256(byte[] cle, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(cle, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", e);
        }
    }
}

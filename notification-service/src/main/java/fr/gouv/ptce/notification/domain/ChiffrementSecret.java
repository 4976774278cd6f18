package fr.gouv.ptce.notification.domain;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Encrypts a webhook's signing secret for storage: AES-256-GCM with a fresh 12-byte nonce, written
 * {@code <key id>:<base64(nonce ‖ ciphertext ‖ tag)>}. The key id is authenticated with the text
 * (associated data) and says which key reads it back, so a new key can be introduced while rows
 * written under the old one are still readable. A tampered or truncated value is refused.
 */
public final class ChiffrementSecret {

    private static final int OCTETS_CLE = 32;
    private static final int OCTETS_NONCE = 12;
    private static final int BITS_TAG = 128;
    private static final SecureRandom ALEAS = new SecureRandom();

    /** A stored value this key set cannot read: unknown key id, altered or malformed text. */
    public static final class SecretIlisibleException extends RuntimeException {
        public SecretIlisibleException(String raison, Throwable cause) {
            super(raison, cause);
        }
    }

    private final String idCourant;
    private final Map<String, byte[]> cles;

    /**
     * @param idCourant the key used to encrypt
     * @param cles every readable key by id (the current one included), each 32 bytes
     */
    public ChiffrementSecret(String idCourant, Map<String, byte[]> cles) {
        if (idCourant == null || idCourant.isBlank() || idCourant.contains(":")) {
            throw new IllegalArgumentException("identifiant de clé vide ou contenant « : »");
        }
        if (!cles.containsKey(idCourant)) {
            throw new IllegalArgumentException("clé courante absente : " + idCourant);
        }
        cles.forEach((id, cle) -> {
            if (cle == null || cle.length != OCTETS_CLE) {
                throw new IllegalArgumentException("la clé " + id + " doit faire 32 octets (AES-256)");
            }
        });
        this.idCourant = idCourant;
        this.cles = Map.copyOf(cles);
    }

    public String chiffrer(String secret) {
        byte[] nonce = new byte[OCTETS_NONCE];
        ALEAS.nextBytes(nonce);
        byte[] chiffre = executer(Cipher.ENCRYPT_MODE, idCourant, nonce, secret.getBytes(StandardCharsets.UTF_8));
        byte[] tout = new byte[nonce.length + chiffre.length];
        System.arraycopy(nonce, 0, tout, 0, nonce.length);
        System.arraycopy(chiffre, 0, tout, nonce.length, chiffre.length);
        return idCourant + ":" + Base64.getEncoder().encodeToString(tout);
    }

    public String dechiffrer(String stocke) {
        int sep = stocke == null ? -1 : stocke.indexOf(':');
        if (sep <= 0) {
            throw new SecretIlisibleException("secret chiffré mal formé", null);
        }
        String id = stocke.substring(0, sep);
        byte[] tout;
        try {
            tout = Base64.getDecoder().decode(stocke.substring(sep + 1));
        } catch (IllegalArgumentException e) {
            throw new SecretIlisibleException("secret chiffré mal formé", e);
        }
        if (tout.length <= OCTETS_NONCE) {
            throw new SecretIlisibleException("secret chiffré tronqué", null);
        }
        byte[] nonce = java.util.Arrays.copyOfRange(tout, 0, OCTETS_NONCE);
        byte[] chiffre = java.util.Arrays.copyOfRange(tout, OCTETS_NONCE, tout.length);
        return new String(executer(Cipher.DECRYPT_MODE, id, nonce, chiffre), StandardCharsets.UTF_8);
    }

    private byte[] executer(int mode, String id, byte[] nonce, byte[] entree) {
        byte[] cle = cles.get(id);
        if (cle == null) {
            throw new SecretIlisibleException("clé de chiffrement inconnue : " + id, null);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(cle, "AES"), new GCMParameterSpec(BITS_TAG, nonce));
            aes.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return aes.doFinal(entree);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretIlisibleException("secret chiffré altéré ou clé erronée (" + id + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM indisponible", e);
        }
    }
}

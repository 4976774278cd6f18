package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.domain.CleJetonDs;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts the DS API tokens at rest (AES-256-GCM, random 12-byte nonce stored in front), so that a
 * database dump does not hand out the tokens. The key comes from PTCE_DS_TOKEN_KEY; {@link CleJetonDs}
 * decides at startup whether it is acceptable, so that a production service without a proper key
 * fails to start instead of encrypting with the public development key.
 */
@ApplicationScoped
@Startup
public class ChiffrementJeton {

    private static final Logger LOG = Logger.getLogger(ChiffrementJeton.class);

    @Inject
    DemarchesSettings settings;

    private final SecureRandom aleatoire = new SecureRandom();
    private SecretKeySpec cle;

    @PostConstruct
    void init() {
        CleJetonDs.Choix choix = CleJetonDs.choisir(settings.cleJeton().orElse(null), settings.cleDeveloppementAutorisee());
        choix.avertissement().ifPresent(LOG::warn);
        try {
            cle = new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(choix.texte().getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String chiffrer(String jeton) {
        try {
            byte[] nonce = new byte[12];
            aleatoire.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(128, nonce));
            byte[] chiffre = c.doFinal(jeton.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + chiffre.length).put(nonce).put(chiffre).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("chiffrement du jeton impossible", e);
        }
    }

    public String dechiffrer(String stocke) {
        try {
            byte[] tout = Base64.getDecoder().decode(stocke);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(128, tout, 0, 12));
            return new String(c.doFinal(tout, 12, tout.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no detail: the message must not echo anything about the token
            throw new IllegalStateException("jeton DS illisible (clé PTCE_DS_TOKEN_KEY changée ?)");
        }
    }
}

package fr.gouv.ptce.commons.testing;

import fr.gouv.ptce.commons.portee.Portee;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256 bearer tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}),
 * signed with a key pair made for this JVM; the service under test verifies them with the public
 * key, exactly as it verifies Keycloak's. Nothing in the service's security is mocked.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.test.ptce/realms/ptce";
    static final String PORTEE = Portee.CLAIM;
    static final String PRIVATE = "ptce.test.jwt.private";
    static final String PUBLIC = "ptce.test.jwt.public";

    private TestTokens() {
    }

    /** The scope claim's value of every token built here unless a test says otherwise: national. */
    public static final List<String> NATIONAL = List.of("national");

    /** A token for {@code sub} with {@code roles}; the e-mail is derived from the sub; national scope. */
    public static String forUser(String sub, String... roles) {
        return builder(sub, roles).sign(privateKey());
    }

    public static String expired(String sub, String... roles) {
        return builder(sub, roles).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign(privateKey());
    }

    /** A valid token that expires {@code vie} from now (seconds are the claim's unit). */
    public static String expiringIn(java.time.Duration vie, String sub, String... roles) {
        return builder(sub, roles).expiresAt(Instant.now().plus(vie)).sign(privateKey());
    }

    /** Same claims, signed by a key the service does not trust. */
    public static String signedByForeignKey(String sub, String... roles) {
        return builder(sub, roles).sign(newKeyPair().getPrivate());
    }

    public static String bearer(String sub, String... roles) {
        return "Bearer " + forUser(sub, roles);
    }

    /**
     * A token whose scope claim {@code ptce_regions} holds {@code regions} (a région's name, or
     * {@code national}); no value at all: the claim is left out, as for a Keycloak user without the attribute.
     */
    public static String inRegions(List<String> regions, String sub, String... roles) {
        JwtClaimsBuilder b = builder(sub, roles);
        if (regions.isEmpty()) {
            b.remove(PORTEE);
        } else {
            b.claim(PORTEE, List.copyOf(regions));
        }
        return b.sign(privateKey());
    }

    public static String bearerInRegions(List<String> regions, String sub, String... roles) {
        return "Bearer " + inRegions(regions, sub, roles);
    }

    public static JwtClaimsBuilder builder(String sub, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(sub)
                .claim("preferred_username", sub)
                .claim("email", sub + "@exemple.fr")
                .claim("realm_access", Map.of("roles", List.copyOf(Arrays.asList(roles))))
                .claim(PORTEE, NATIONAL)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(3600));
    }

    /** The public key (base64 X.509) that the service under test is configured to trust. */
    static synchronized String publicKeyBase64() {
        if (System.getProperty(PUBLIC) == null) {
            KeyPair pair = newKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            System.setProperty(PRIVATE, b64.encodeToString(pair.getPrivate().getEncoded()));
            System.setProperty(PUBLIC, b64.encodeToString(pair.getPublic().getEncoded()));
        }
        return System.getProperty(PUBLIC);
    }

    private static PrivateKey privateKey() {
        publicKeyBase64();
        try {
            byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

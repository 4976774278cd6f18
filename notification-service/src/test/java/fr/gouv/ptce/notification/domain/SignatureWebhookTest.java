package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureWebhookTest {

    @Test
    void signeCommeLeVecteurDeTestDeStandardWebhooks() {
        // Published test vector of the Standard Webhooks specification.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                SignatureWebhook.signer("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void unSecretNeufEstPrefixeEtFaitDe32OctetsAleatoires() {
        SecureRandom aleas = new SecureRandom();
        String s1 = SignatureWebhook.nouveauSecret(aleas);
        String s2 = SignatureWebhook.nouveauSecret(aleas);
        assertTrue(s1.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(s1.substring(6)).length);
        assertNotEquals(s1, s2);
    }

    @Test
    void leMoindreChangementDuCorpsChangeLaSignature() {
        String secret = SignatureWebhook.nouveauSecret(new SecureRandom());
        assertNotEquals(SignatureWebhook.signer(secret, "msg_1", 1L, "{\"a\":1}"),
                SignatureWebhook.signer(secret, "msg_1", 1L, "{\"a\":2}"));
    }

    @Test
    void pendantUneRotationChaqueSecretDonneSaSignatureSepareesParUneEspace() {
        String ancien = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String nouveau = SignatureWebhook.nouveauSecret(new SecureRandom());
        String entete = SignatureWebhook.signer(List.of(nouveau, ancien), "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertEquals(List.of(SignatureWebhook.signer(nouveau, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                        "{\"test\": 2432232314}"), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
                List.of(entete.split(" ")));
    }
}

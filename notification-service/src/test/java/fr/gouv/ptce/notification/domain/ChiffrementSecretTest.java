package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChiffrementSecretTest {

    private static final byte[] CLE_1 = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] CLE_2 = "fedcba9876543210fedcba9876543210".getBytes();
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final ChiffrementSecret k1 = new ChiffrementSecret("k1", Map.of("k1", CLE_1));

    @Test
    void leSecretRevientTelQuelEtNApparaitPasDansLeTexteChiffre() {
        String stocke = k1.chiffrer(SECRET);
        assertTrue(stocke.startsWith("k1:"), stocke);
        assertFalse(stocke.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertEquals(SECRET, k1.dechiffrer(stocke));
        assertNotEquals(stocke, k1.chiffrer(SECRET), "a fresh nonce each time");
    }

    @Test
    void unTexteAltereOuUneAutreCleSontRefuses() {
        String stocke = k1.chiffrer(SECRET);
        byte[] octets = Base64.getDecoder().decode(stocke.substring(3));
        octets[octets.length - 1] ^= 1;
        String altere = "k1:" + Base64.getEncoder().encodeToString(octets);
        assertThrows(ChiffrementSecret.SecretIlisibleException.class, () -> k1.dechiffrer(altere));
        ChiffrementSecret autreCle = new ChiffrementSecret("k1", Map.of("k1", CLE_2));
        assertThrows(ChiffrementSecret.SecretIlisibleException.class, () -> autreCle.dechiffrer(stocke));
        assertThrows(ChiffrementSecret.SecretIlisibleException.class, () -> k1.dechiffrer("k9:" + stocke.substring(3)));
        assertThrows(ChiffrementSecret.SecretIlisibleException.class, () -> k1.dechiffrer(SECRET));
    }

    @Test
    void lIdentifiantDeCleEstAuthentifie() {
        // Same key bytes under two ids: relabelling a stored value must not decrypt.
        ChiffrementSecret deuxIds = new ChiffrementSecret("k2", Map.of("k1", CLE_1, "k2", CLE_1));
        String sousK2 = deuxIds.chiffrer(SECRET);
        assertEquals(SECRET, deuxIds.dechiffrer(sousK2));
        assertThrows(ChiffrementSecret.SecretIlisibleException.class, () -> deuxIds.dechiffrer("k1:" + sousK2.substring(3)));
    }

    @Test
    void uneNouvelleCleLitEncoreLesSecretsDeLAncienne() {
        String sousK1 = k1.chiffrer(SECRET);
        ChiffrementSecret k2 = new ChiffrementSecret("k2", Map.of("k1", CLE_1, "k2", CLE_2));
        assertEquals(SECRET, k2.dechiffrer(sousK1));
        assertTrue(k2.chiffrer(SECRET).startsWith("k2:"));
    }

    @Test
    void uneCleQuiNeFaitPas32OctetsEstRefusee() {
        assertThrows(IllegalArgumentException.class, () -> new ChiffrementSecret("k1", Map.of("k1", new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new ChiffrementSecret("k:1", Map.of("k:1", CLE_1)));
    }
}

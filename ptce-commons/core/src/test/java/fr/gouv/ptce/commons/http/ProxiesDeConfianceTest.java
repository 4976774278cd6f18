package fr.gouv.ptce.commons.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxiesDeConfianceTest {

    private final ProxiesDeConfiance passerelle = ProxiesDeConfiance.de(List.of("10.42.0.0/16", "2001:db8::/32", "192.0.2.1"));

    @Test
    void sansProxyDeConfianceLEnTeteNEstJamaisCru() {
        ProxiesDeConfiance aucun = ProxiesDeConfiance.de(List.of());
        assertEquals("10.42.1.5", aucun.client("10.42.1.5", "203.0.113.7"));
    }

    @Test
    void unPairQuiNEstPasLaPasserelleEstLeClientQuoiQuIlEcrive() {
        assertEquals("198.51.100.4", passerelle.client("198.51.100.4", "203.0.113.7"));
    }

    @Test
    void derriereLaPasserelleLeClientEstLaPremiereAdresseNonDeConfianceEnPartantDeLaDroite() {
        assertEquals("203.0.113.7", passerelle.client("10.42.1.5", "203.0.113.7"));
        // Left of the proxy's entry is what the client wrote itself: never believed.
        assertEquals("203.0.113.7", passerelle.client("10.42.1.5", "1.2.3.4, 203.0.113.7"));
        // Several proxies of ours in a row are skipped.
        assertEquals("203.0.113.7", passerelle.client("10.42.1.5", "1.2.3.4, 203.0.113.7, 192.0.2.1, 10.42.9.9"));
        assertEquals("2001:db9::1", passerelle.client("2001:db8::5", "2001:db9::1"));
    }

    @Test
    void uneEntreeIlisibleArreteLaLectureAuDernierSautConnu() {
        assertEquals("10.42.1.5", passerelle.client("10.42.1.5", "unknown"));
        assertEquals("192.0.2.1", passerelle.client("10.42.1.5", "203.0.113.7, evil.example, 192.0.2.1"));
        // Only the proxies themselves when every hop is ours.
        assertEquals("10.42.3.3", passerelle.client("10.42.1.5", "10.42.3.3"));
    }

    @Test
    void lesReseauxSontDesLitterauxEtDesPrefixesValides() {
        assertTrue(passerelle.estDeConfiance("10.42.255.255"));
        assertFalse(passerelle.estDeConfiance("10.43.0.0"));
        assertFalse(passerelle.estDeConfiance("localhost"));
        assertThrows(IllegalArgumentException.class, () -> ProxiesDeConfiance.de(List.of("gateway.example")));
        assertThrows(IllegalArgumentException.class, () -> ProxiesDeConfiance.de(List.of("10.0.0.0/33")));
    }
}

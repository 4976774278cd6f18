package fr.gouv.ptce.notification.domain;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdresseWebhookTest {

    /** A DNS that answers from a fixed table, as an attacker's name server could. */
    private static AdresseWebhook.Resolveur dns(String... ips) {
        return hote -> {
            if (hote.equals("inconnu.exemple")) {
                throw new UnknownHostException(hote);
            }
            List<InetAddress> out = new java.util.ArrayList<>();
            for (String ip : ips) {
                out.add(InetAddress.getByName(ip));
            }
            return out;
        };
    }

    private static String refus(String url, boolean local, AdresseWebhook.Resolveur r) {
        return assertThrows(AdresseWebhook.AdresseRefuseeException.class,
                () -> AdresseWebhook.verifier(url, local, r)).getMessage();
    }

    @Test
    void uneAdresseHttpsPubliqueEstAcceptee() {
        assertEquals("partenaire.gouv.fr",
                AdresseWebhook.verifier("https://partenaire.gouv.fr/ptce", false, dns("203.0.113.10")).getHost());
    }

    @Test
    void httpEstRefuseHorsEnvironnementLocal() {
        assertTrue(refus("http://partenaire.gouv.fr/ptce", false, dns("203.0.113.10")).contains("https"));
        assertTrue(refus("ftp://partenaire.gouv.fr/ptce", true, dns("203.0.113.10")).contains("https"));
    }

    @Test
    void unNomQuiPointeVersUneAdresseInterneEstRefuse() {
        for (String ip : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1")) {
            assertTrue(refus("https://piege.exemple/x", false, dns(ip)).contains("interne"), ip);
        }
        // A single internal answer among public ones is enough to refuse.
        assertTrue(refus("https://piege.exemple/x", false, dns("203.0.113.10", "10.0.0.1")).contains("interne"));
    }

    @Test
    void lEnvironnementLocalAutoriseHttpEtLaBoucleLocaleMaisPasLeReseauPrive() {
        assertEquals(8080, AdresseWebhook.verifier("http://127.0.0.1:8080/x", true, dns("127.0.0.1")).getPort());
        assertTrue(refus("http://intranet/x", true, dns("192.168.1.1")).contains("interne"));
    }

    @Test
    void uneAdresseIllisibleSansHoteOuAvecIdentifiantsEstRefusee() {
        refus("pas une adresse", false, dns("203.0.113.10"));
        refus("https:///chemin", false, dns("203.0.113.10"));
        refus("https://moi:secret@partenaire.gouv.fr/", false, dns("203.0.113.10"));
        assertTrue(refus("https://inconnu.exemple/", false, dns()).contains("introuvable"));
    }
}

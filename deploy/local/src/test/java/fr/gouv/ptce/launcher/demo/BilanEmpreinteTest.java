package fr.gouv.ptce.launcher.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo's summary recognises its contacts' e-mails after notification-service's purge has replaced
 * each recipient by {@code 'sha256:' || encode(sha256(convert_to(lower(destinataire), 'UTF8')), 'hex')}:
 * the same print, computed in Java.
 */
class BilanEmpreinteTest {

    @Test
    void lEmpreinteEstCelleQueLaPurgeEcritCasseComprise() {
        // SHA-256 of "abc" (FIPS 180-2 test vector): the address is lower-cased first, as in SQL.
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Bilan.empreinte("ABC"));
        assertEquals(Bilan.empreinte("contact-x-1@pole1.demo.ptce.fr"), Bilan.empreinte("Contact-X-1@Pole1.demo.ptce.fr"));
    }
}

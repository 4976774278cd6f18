package fr.gouv.ptce.commons.pdf;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsFrancaisTest {

    @Test
    void lesDatesSontEnHeureDeParis() {
        assertEquals("12 mars 2024 à 00h30", FormatsFrancais.dateHeure(Instant.parse("2024-03-11T23:30:00Z")));
        assertEquals("1 juillet 2024", FormatsFrancais.date(Instant.parse("2024-06-30T22:00:00Z")));
        assertEquals("—", FormatsFrancais.date(null));
    }

    @Test
    void lesMontantsSontGroupesParDesEspacesSimples() {
        assertEquals("1 500 000,00 €", FormatsFrancais.euros(new BigDecimal("1500000")));
        assertEquals("0,50 €", FormatsFrancais.euros(new BigDecimal("0.5")));
        assertEquals("4,50", FormatsFrancais.decimal(new BigDecimal("4.50")));
        // what the document writes is encodable by the standard fonts as it is
        assertEquals(FormatsFrancais.euros(new BigDecimal("1234567.89")),
                TextePdf.lisible(FormatsFrancais.euros(new BigDecimal("1234567.89"))));
    }
}

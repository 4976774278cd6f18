package fr.gouv.ptce.commons.pdf;

import fr.gouv.ptce.commons.time.ParisTime;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a printed document writes dates and amounts for a French reader: "12 mars 2024 à 14h05" in
 * Paris time, "1 500 000,00 €", "4,50". Plain spaces only, so the standard fonts can write them
 * (Java's French formats group thousands with U+202F, which WinAnsiEncoding lacks). Null is "—".
 */
public final class FormatsFrancais {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
            .withZone(ParisTime.ZONE);
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH).withZone(ParisTime.ZONE);
    private static final String VIDE = "—";

    private FormatsFrancais() {
    }

    public static String date(Instant instant) {
        return instant == null ? VIDE : DATE.format(instant);
    }

    public static String dateHeure(Instant instant) {
        return instant == null ? VIDE : DATE_HEURE.format(instant);
    }

    /** Euros with two decimals, thousands grouped: 1 500 000,00 €. */
    public static String euros(BigDecimal euros) {
        if (euros == null) {
            return VIDE;
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRENCH);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(euros).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }

    /** A decimal as written in French, with its scale kept: 4,50. */
    public static String decimal(BigDecimal valeur) {
        return valeur == null ? VIDE : valeur.toPlainString().replace('.', ',');
    }
}

package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.valeurs.Montant;

import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.notification.domain.SilenceVautRejet;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How templates show amounts and dates to a French reader: {@code {d.montantCentimes.euros}} gives
 * "100 000,00 €" from integer cents; {@code {d.cloture.dateParis}} gives "31 juillet 2023 à 12 h 00"
 * (Paris time) from an instant, or "15 novembre 2024" from a date; {@code {d.deposeeLe.rejetImplicite}}
 * gives the day silence on an application received then becomes a rejection.
 */
@TemplateExtension
public class FormatsFrancais {

    private static final Locale FR = Locale.FRANCE;
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm", FR);

    private FormatsFrancais() {
    }

    static String euros(Object centimes) {
        if (centimes == null) {
            return "";
        }
        BigDecimal euros = Montant.centimes(Long.parseLong(centimes.toString())).enEuros();
        DecimalFormatSymbols symboles = DecimalFormatSymbols.getInstance(FR);
        symboles.setGroupingSeparator(' ');
        symboles.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symboles);
        return format.format(euros) + " €";
    }

    static String dateParis(Object valeur) {
        if (valeur == null) {
            return "";
        }
        String texte = valeur.toString();
        try {
            return JOUR_HEURE.format(Instant.parse(texte).atZone(ParisTime.ZONE));
        } catch (DateTimeParseException e) {
            try {
                return JOUR.format(LocalDate.parse(texte));
            } catch (DateTimeParseException e2) {
                return texte;
            }
        }
    }

    static String jourParis(Object valeur) {
        if (valeur == null) {
            return "";
        }
        String texte = valeur.toString();
        try {
            return JOUR.format(Instant.parse(texte).atZone(ParisTime.ZONE));
        } catch (DateTimeParseException e) {
            try {
                return JOUR.format(LocalDate.parse(texte));
            } catch (DateTimeParseException e2) {
                return texte;
            }
        }
    }

    static String rejetImplicite(Object recueLe) {
        if (recueLe == null) {
            return "";
        }
        return JOUR.format(SilenceVautRejet.rejetImpliciteLe(Instant.parse(recueLe.toString()), ParisTime.ZONE));
    }
}

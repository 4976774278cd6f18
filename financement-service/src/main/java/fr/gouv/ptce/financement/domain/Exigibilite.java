package fr.gouv.ptce.financement.domain;

import java.time.LocalDate;

/**
 * When a planned instalment becomes payable: the agreement is signed, its date has come, and its
 * trigger's condition holds. "€50,000 at month 12 once the year-1 report is approved" thus waits
 * for both; whichever comes last (the approval or the date) releases it.
 */
public final class Exigibilite {

    private Exigibilite() {
    }

    public static boolean atteinte(Declencheur declencheur, LocalDate dateEcheance, LocalDate aujourdhui,
                                   boolean rapportApprouve) {
        if (dateEcheance == null || aujourdhui.isBefore(dateEcheance)) {
            return false; // no date before signature; nothing is payable early
        }
        return declencheur != Declencheur.RAPPORT_APPROUVE || rapportApprouve;
    }
}

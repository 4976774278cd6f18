package fr.gouv.ptce.financement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the open data says of one agreement (SCDL « Subventions »), from its figures alone. An
 * agreement is published once signed; a signed agreement terminated since is published with what it
 * finally granted (what was paid), since the unpaid remainder went back to the envelope.
 */
public final class PublicationSubvention {

    private PublicationSubvention() {
    }

    public static boolean publiee(StatutConvention statut, LocalDate dateSignature) {
        return dateSignature != null && statut != StatutConvention.A_SIGNER;
    }

    /** montant, in cents: the agreement's amount, or what a terminated one kept committed. */
    public static long montantCentimes(StatutConvention statut, long montantCentimes, long engageCentimes) {
        return statut == StatutConvention.RESILIEE ? engageCentimes : montantCentimes;
    }

    /**
     * pourcentageSubvention: the grant's share of the project's total budget declared at submission,
     * between 0 and 1 with four decimals; 1 when the budget is unknown (an agreement older than that
     * field) or smaller than the grant.
     */
    public static BigDecimal pourcentage(long montantCentimes, Long budgetProjetCentimes) {
        if (budgetProjetCentimes == null || budgetProjetCentimes <= 0 || budgetProjetCentimes <= montantCentimes) {
            return BigDecimal.ONE.setScale(4, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(montantCentimes).divide(BigDecimal.valueOf(budgetProjetCentimes), 4, RoundingMode.HALF_UP);
    }

    /** conditionsVersement: {@code unique} for one instalment, {@code échelonné} beyond. */
    public static String conditions(int versements) {
        return versements > 1 ? "échelonné" : "unique";
    }

    /**
     * datesPeriodeVersement: {@code AAAA-MM-JJ}, or {@code AAAA-MM-JJ/AAAA-MM-JJ} from the first to the
     * last instalment date; the signature date when no instalment has a date.
     */
    public static String periode(List<LocalDate> datesVersements, LocalDate dateSignature) {
        List<LocalDate> dates = datesVersements.stream().filter(java.util.Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return dateSignature.toString();
        }
        LocalDate premiere = dates.get(0);
        LocalDate derniere = dates.get(dates.size() - 1);
        return premiere.equals(derniere) ? premiere.toString() : premiere + "/" + derniere;
    }
}

package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.domain.Declencheur;
import fr.gouv.ptce.financement.domain.StatutEcheance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An instalment as the API shows it. */
public record EcheanceVue(UUID id, UUID conventionId, int ordre, BigDecimal montant, Declencheur declencheur,
                          String condition, int mois, String rapport, LocalDate dateEcheance, StatutEcheance statut,
                          Instant exigibleLe, Instant miseEnPaiementLe, String reference, LocalDate datePaiement,
                          Instant payeeLe) {

    public static EcheanceVue de(Echeance e) {
        return new EcheanceVue(e.id, e.conventionId, e.ordre, Montant.centimes(e.montantCentimes).enEuros(), e.declencheur,
                e.condition(), e.mois, e.rapportType, e.dateEcheance, e.statut, e.exigibleLe, e.miseEnPaiementLe,
                e.reference, e.datePaiement, e.payeeLe);
    }
}

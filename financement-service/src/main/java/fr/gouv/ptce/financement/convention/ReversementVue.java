package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.domain.StatutReversement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A clawback as the API shows it: amount in euros (two decimals), its status and each step's date. */
public record ReversementVue(UUID id, UUID conventionId, BigDecimal montant, String motif, StatutReversement statut,
                             Instant demandeLe, String referenceTitre, Instant titreEmisLe,
                             LocalDate dateRecouvrement, Instant recouvreLe, String motifAnnulation,
                             Instant annuleLe) {

    static ReversementVue de(Reversement r) {
        return new ReversementVue(r.id, r.conventionId, Montant.centimes(r.montantCentimes).enEuros(), r.motif,
                r.statut, r.demandeLe, r.referenceTitre, r.titreEmisLe, r.dateRecouvrement, r.recouvreLe,
                r.motifAnnulation, r.annuleLe);
    }
}

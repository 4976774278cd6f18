package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.financement.domain.Montants;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;

import java.math.BigDecimal;
import java.util.UUID;

/** An envelope as the API shows it, in euros with two decimals. */
public record EnveloppeVue(UUID campagneId, String code, String libelle, BigDecimal total, BigDecimal engage,
                           BigDecimal paye, BigDecimal disponible, BigDecimal montantParLaureat,
                           Integer maxLaureats) {

    static EnveloppeVue de(Enveloppe e) {
        SoldeEnveloppe s = e.solde();
        return new EnveloppeVue(e.campagneId, e.code, e.libelle, Montants.euros(s.total()), Montants.euros(s.engage()),
                Montants.euros(s.paye()), Montants.euros(s.disponible()),
                e.montantParLaureatCentimes == null ? null : Montants.euros(e.montantParLaureatCentimes),
                e.maxLaureats);
    }
}

package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;

import java.math.BigDecimal;
import java.util.UUID;

/** An envelope as the API shows it, in euros with two decimals. */
public record EnveloppeVue(UUID campagneId, String code, String libelle, BigDecimal total, BigDecimal engage,
                           BigDecimal paye, BigDecimal disponible, BigDecimal montantParLaureat,
                           Integer maxLaureats) {

    static EnveloppeVue de(Enveloppe e) {
        SoldeEnveloppe s = e.solde();
        return new EnveloppeVue(e.campagneId, e.code, e.libelle, Montant.centimes(s.total()).enEuros(), Montant.centimes(s.engage()).enEuros(),
                Montant.centimes(s.paye()).enEuros(), Montant.centimes(s.disponible()).enEuros(),
                Montant.enEuros(e.montantParLaureatCentimes),
                e.maxLaureats);
    }
}

package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An envelope as the API shows it, in euros with two decimals. {@code total = engage + disponible}
 * and {@code paye ≤ engage} always hold. Clawbacks are shown beside, never inside, those figures:
 * {@code reversementsDemandes} is what the porteurs still owe (requested or collection order
 * issued), {@code recouvre} what came back to the Treasury; recovered money is not re-opened to
 * selections ({@code disponible} does not grow with it) and {@code paye} stays what was disbursed,
 * so {@code payeNet = paye − recouvre}.
 */
public record EnveloppeVue(UUID campagneId, String code, String libelle, BigDecimal total, BigDecimal engage,
                           BigDecimal paye, BigDecimal disponible, BigDecimal reversementsDemandes,
                           BigDecimal recouvre, BigDecimal payeNet, BigDecimal montantParLaureat,
                           Integer maxLaureats) {

    static EnveloppeVue de(Enveloppe e, long reversementsDemandesCentimes, long recouvreCentimes) {
        SoldeEnveloppe s = e.solde();
        return new EnveloppeVue(e.campagneId, e.code, e.libelle, euros(s.total()), euros(s.engage()),
                euros(s.paye()), euros(s.disponible()), euros(reversementsDemandesCentimes), euros(recouvreCentimes),
                euros(s.paye() - recouvreCentimes), Montant.enEuros(e.montantParLaureatCentimes), e.maxLaureats);
    }

    private static BigDecimal euros(long centimes) {
        return Montant.centimes(centimes).enEuros();
    }
}

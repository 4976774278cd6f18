package fr.gouv.ptce.financement.convention;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.gouv.ptce.commons.concurrence.Versionnee;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.financement.domain.StatutConvention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as the API shows it: amounts in euros (two decimals), with its schedule, reports and
 * clawbacks; its {@code version} is the read's ETag (see {@code ConventionService#version}).
 */
public record ConventionVue(UUID id, UUID candidatureId, String numero, UUID campagneId, String siret,
                            String raisonSociale, String contactEmail, BigDecimal montant, BigDecimal paye,
                            BigDecimal engage, int dureeMois, StatutConvention statut, LocalDate dateSignature,
                            LocalDate dateFin, Instant creeeLe, Instant signeeLe, Instant resilieeLe,
                            String motifResiliation, List<EcheanceVue> echeances, List<RapportVue> rapports,
                            List<ReversementVue> reversements, @JsonIgnore long version) implements Versionnee {

    static ConventionVue de(Convention c, List<EcheanceVue> echeances, List<RapportVue> rapports,
                            List<Reversement> reversements, long version) {
        return new ConventionVue(c.id, c.candidatureId, c.numero, c.campagneId, c.siret, c.raisonSociale,
                c.contactEmail, Montant.centimes(c.montantCentimes).enEuros(), Montant.centimes(c.payeCentimes).enEuros(),
                Montant.centimes(c.engageCentimes).enEuros(), c.dureeMois, c.statut, c.dateSignature, c.dateFin, c.creeeLe,
                c.signeeLe, c.resilieeLe, c.motifResiliation, echeances, rapports,
                reversements.stream().map(ReversementVue::de).toList(), version);
    }
}

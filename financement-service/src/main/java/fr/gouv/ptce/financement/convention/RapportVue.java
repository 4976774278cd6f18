package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.financement.domain.StatutRapport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report as the API shows it. */
public record RapportVue(UUID id, UUID conventionId, String type, int mois, LocalDate dateLimite,
                         StatutRapport statut, String contenu, Instant soumisLe, Instant decideLe, String motifRejet) {

    public static RapportVue de(Rapport r) {
        return new RapportVue(r.id, r.conventionId, r.type, r.mois, r.dateLimite, r.statut, r.contenu, r.soumisLe,
                r.decideLe, r.motifRejet);
    }
}

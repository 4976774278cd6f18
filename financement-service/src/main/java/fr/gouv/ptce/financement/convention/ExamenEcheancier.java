package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.time.ParisTime;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.config.FinancementSettings;
import fr.gouv.ptce.financement.domain.Calendrier;
import fr.gouv.ptce.financement.domain.Exigibilite;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.domain.StatutRapport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Looks at one signed agreement "today" (Paris calendar, injected clock): makes payable each planned
 * instalment whose date and condition are met, announces each report coming due within the notice
 * period, and closes the agreement once everything is paid and approved. Each fact is emitted once:
 * the status (PREVUE → EXIGIBLE) or the announcement date is changed in the same transaction, and
 * callers hold the agreement's row lock. Signature, report approval and the scheduled job all call it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExamenEcheancier {

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    FinancementEvents events;

    @Inject
    FinancementSettings settings;

    /** Today's date in Paris, by the injected clock: dates of agreements are Paris calendar dates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate aujourdhui() {
        return LocalDate.ofInstant(clock.instant(), ParisTime.ZONE);
    }

    public void examiner(Convention c, String acteur) {
        if (c.statut != StatutConvention.SIGNEE) {
            return;
        }
        LocalDate aujourdhui = aujourdhui();
        Instant maintenant = clock.instant();
        List<Rapport> rapports = Rapport.deLaConvention(c.id);
        Set<String> approuves = rapports.stream().filter(r -> r.statut == StatutRapport.APPROUVE)
                .map(r -> r.type).collect(Collectors.toSet());
        for (Echeance e : Echeance.deLaConvention(c.id)) {
            if (e.statut == StatutEcheance.PREVUE && Exigibilite.atteinte(e.declencheur, e.dateEcheance, aujourdhui,
                    approuves.contains(e.rapportType))) {
                e.statut = e.statut.vers(StatutEcheance.EXIGIBLE);
                e.exigibleLe = maintenant;
                audit.noter("echeance", e.id, "EXIGIBLE", acteur, StatutEcheance.PREVUE, e.statut);
                events.exigible(c, e);
            }
        }
        for (Rapport r : rapports) {
            if (r.statut == StatutRapport.ATTENDU && r.attenduAnnonceLe == null && r.dateLimite != null
                    && Calendrier.rappelDu(r.dateLimite, aujourdhui, settings.rapportPreavis())) {
                r.attenduAnnonceLe = maintenant;
                events.rapportAttendu(c, r);
            }
        }
        solderSiTermine(c, acteur);
    }

    /** SOLDEE once every instalment is paid (or cancelled) and every report approved. */
    void solderSiTermine(Convention c, String acteur) {
        boolean toutPaye = Echeance.count("conventionId = ?1 and statut not in ?2", c.id,
                List.of(StatutEcheance.PAYEE, StatutEcheance.ANNULEE)) == 0;
        boolean toutApprouve = Rapport.count("conventionId = ?1 and statut <> ?2", c.id, StatutRapport.APPROUVE) == 0;
        if (c.statut == StatutConvention.SIGNEE && toutPaye && toutApprouve) {
            c.statut = c.statut.vers(StatutConvention.SOLDEE);
            audit.noter("convention", c.id, "SOLDE", acteur, StatutConvention.SIGNEE, c.statut);
        }
    }
}

package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutRapport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reports: the porteur submits its own; the gestionnaire approves (which may make an instalment payable) or rejects. */
@ApplicationScoped
@Transactional
public class RapportService {

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    @Inject
    FinancementEvents events;

    @Inject
    ExamenEcheancier examen;

    @Inject
    ConventionService conventions;

    public RapportVue soumettre(UUID conventionId, ConventionDemandes.RapportSoumis demande) {
        Convention c = conventions.accessible(conventionId);
        if (!c.porteurSub.equals(user.sub())) {
            throw ProblemException.notFound("Aucune convention " + conventionId + "."); // only the owner reports
        }
        if (c.statut != StatutConvention.SIGNEE) {
            throw ProblemException.conflict("convention-non-signee",
                    "Les rapports se déposent sur une convention signée et en cours (statut actuel : " + c.statut + ").");
        }
        Rapport r = Rapport.<Rapport>find("conventionId = ?1 and type = ?2", c.id, demande.type()).firstResult();
        if (r == null) {
            String attendus = Rapport.<Rapport>list("conventionId", c.id).stream().map(x -> x.type)
                    .collect(Collectors.joining(", "));
            throw ProblemException.badRequest("type", "rapport non prévu par la convention ; attendus : " + attendus);
        }
        StatutRapport avant = r.statut;
        r.statut = r.statut.vers(StatutRapport.SOUMIS);
        r.contenu = demande.contenu();
        r.soumisLe = clock.instant();
        r.motifRejet = null;
        audit.noter("rapport", r.id, "SOUMISSION", user.sub(), avant, r.statut);
        return RapportVue.de(r);
    }

    public RapportVue approuver(UUID rapportId) {
        Rapport r = trouver(rapportId);
        Convention c = Convention.verrouiller(r.conventionId).orElseThrow();
        if (c.statut != StatutConvention.SIGNEE) {
            throw ProblemException.conflict("convention-non-signee",
                    "La convention n'est plus en cours (statut : " + c.statut + ").");
        }
        StatutRapport avant = r.statut;
        r.statut = r.statut.vers(StatutRapport.APPROUVE);
        r.decideLe = clock.instant();
        r.decidePar = user.sub();
        audit.noter("rapport", r.id, "APPROBATION", user.sub(), avant, r.statut);
        events.rapportApprouve(c, r, user.displayName());
        examen.examiner(c, user.sub()); // the instalment waiting for this report may now be payable
        return RapportVue.de(r);
    }

    public RapportVue rejeter(UUID rapportId, String motif) {
        Rapport r = trouver(rapportId);
        Convention c = Convention.verrouiller(r.conventionId).orElseThrow();
        if (c.statut != StatutConvention.SIGNEE) {
            throw ProblemException.conflict("convention-non-signee",
                    "La convention n'est plus en cours (statut : " + c.statut + ").");
        }
        StatutRapport avant = r.statut;
        r.statut = r.statut.vers(StatutRapport.REJETE);
        r.decideLe = clock.instant();
        r.decidePar = user.sub();
        r.motifRejet = motif;
        audit.noter("rapport", r.id, "REJET", user.sub(), avant, r.statut + " : " + motif);
        events.rapportRejete(c, r, user.displayName()); // the porteur is told why, and files it again
        return RapportVue.de(r);
    }

    // a report of an agreement outside the caller's régions is unknown to it
    private Rapport trouver(UUID id) {
        Rapport r = Rapport.findById(id);
        if (r == null || !conventions.gereeParLAppelant(r.conventionId)) {
            throw ProblemException.notFound("Aucun rapport " + id + ".");
        }
        return r;
    }
}

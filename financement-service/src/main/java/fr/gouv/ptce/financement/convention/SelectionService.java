package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.events.LaureatPhase2Selectionne;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.campagne.Enveloppe;
import fr.gouv.ptce.financement.campagne.ModeleJson;
import fr.gouv.ptce.financement.domain.EcheancePlanifiee;
import fr.gouv.ptce.financement.domain.Echeancier;
import fr.gouv.ptce.financement.domain.EcheancierInapplicableException;
import fr.gouv.ptce.financement.domain.EnveloppeDepasseeException;
import fr.gouv.ptce.financement.domain.ModeleEcheance;
import fr.gouv.ptce.financement.domain.RapportPrevu;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.domain.StatutEcheance;
import fr.gouv.ptce.financement.domain.StatutRapport;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A phase-2 selection becomes an agreement to sign with its schedule and expected reports; its
 * amount is committed on the envelope in the same transaction (the inbox's), or the selection is
 * refused and dead-lettered with the reason, leaving the envelope untouched.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SelectionService {

    private static final Logger LOG = Logger.getLogger(SelectionService.class);
    static final String SYSTEME = "systeme:laureat.phase2.selectionne";

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    FinancementEvents events;

    @Inject
    MeterRegistry registry;

    public void creerConvention(LaureatPhase2Selectionne d) {
        UUID candidatureId = d.candidatureId();
        if (Convention.parCandidature(candidatureId).isPresent()) {
            // same selection sent again under another event id: the agreement exists, nothing to do
            LOG.infof("Convention déjà créée pour la candidature %s : sélection ignorée", candidatureId);
            return;
        }
        UUID campagneId = d.campagneId();
        // Topics are not ordered between each other: a selection may overtake its campaign. The
        // envelope and template are not in the event, so fail and let the inbox retry (then DLQ).
        Enveloppe env = Enveloppe.verrouiller(campagneId).orElseThrow(() -> new IllegalStateException(
                "campagne " + campagneId + " pas encore reçue : sélection à rejouer"));

        long montant = d.montantCentimes();
        List<ModeleEcheance> modele = ModeleJson.echeancier(env.modeleEcheancier);
        List<RapportPrevu> rapports = Echeancier.rapportsAttendus(modele,
                ModeleJson.rapports(env.modeleRapports));
        List<EcheancePlanifiee> plan;
        SoldeEnveloppe apres;
        try {
            plan = Echeancier.repartir(montant, modele);
            apres = env.solde().engager(montant);
        } catch (EnveloppeDepasseeException | EcheancierInapplicableException ex) {
            throw new RejectedEventException("sélection de " + d.numero() + " refusée : "
                    + ex.getMessage() + " (campagne " + env.code + ")");
        }
        if (env.maxLaureats != null && Convention.count("campagneId = ?1 and statut <> ?2", campagneId,
                StatutConvention.RESILIEE) >= env.maxLaureats) {
            throw new RejectedEventException("sélection de " + d.numero()
                    + " refusée : nombre maximal de lauréats (" + env.maxLaureats + ") déjà atteint (campagne "
                    + env.code + ")");
        }
        SoldeEnveloppe avant = env.solde();
        env.appliquer(apres);

        Convention c = new Convention();
        c.id = UUID.randomUUID();
        c.candidatureId = candidatureId;
        c.numero = d.numero();
        c.campagneId = campagneId;
        c.porteurSub = d.porteurSub();
        c.contactEmail = d.contactEmail();
        c.contactNom = d.contact().nom();
        c.siret = d.siret();
        c.raisonSociale = d.raisonSociale();
        c.region = d.region();
        c.budgetProjetCentimes = d.budgetProjetCentimes();
        c.montantCentimes = montant;
        c.engageCentimes = montant;
        c.payeCentimes = 0;
        c.dureeMois = d.dureeMois();
        c.statut = StatutConvention.A_SIGNER;
        c.creeeLe = clock.instant().truncatedTo(ChronoUnit.MICROS);
        c.persist();

        for (EcheancePlanifiee p : plan) {
            Echeance ech = new Echeance();
            ech.id = UUID.randomUUID();
            ech.conventionId = c.id;
            ech.ordre = p.ordre();
            ech.montantCentimes = p.montantCentimes();
            ech.declencheur = p.declencheur();
            ech.mois = p.mois();
            ech.rapportType = p.rapport();
            ech.statut = StatutEcheance.PREVUE;
            ech.persist();
        }
        for (RapportPrevu r : rapports) {
            Rapport rap = new Rapport();
            rap.id = UUID.randomUUID();
            rap.conventionId = c.id;
            rap.type = r.type();
            rap.mois = r.mois();
            rap.statut = StatutRapport.ATTENDU;
            rap.persist();
        }
        audit.noter("enveloppe", campagneId, "ENGAGEMENT", SYSTEME, avant, apres);
        audit.noter("convention", c.id, "CREATION", SYSTEME, null, "A_SIGNER montant=" + montant);

        events.creee(c, plan);
        registry.counter("ptce_conventions_creees").increment();
    }
}

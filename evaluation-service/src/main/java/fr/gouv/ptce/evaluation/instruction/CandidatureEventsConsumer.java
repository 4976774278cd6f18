package fr.gouv.ptce.evaluation.instruction;

import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.inbox.Consommateur;
import fr.gouv.ptce.commons.inbox.EventRoutes;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.events.CandidatureDeposee;
import fr.gouv.ptce.events.CandidatureRedeposee;
import fr.gouv.ptce.events.CandidatureRetiree;
import fr.gouv.ptce.events.DepotCandidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens, refreshes and closes instruction files from candidature-service's events. The campaign
 * need not be known yet (topics are not ordered between them): the file is kept, and only
 * scoring, ranking and decisions wait for the campaign.
 */
@ApplicationScoped
public class CandidatureEventsConsumer implements Consommateur {

    private static final Logger LOG = Logger.getLogger(CandidatureEventsConsumer.class);
    private static final String SYSTEME = "candidature-service";

    @Inject
    Journal journal;

    @Inject
    Clock clock;

    private final EventRoutes routes = EventRoutes
            .when(CandidatureDeposee.class, (d, e) -> deposee(d))
            .on(CandidatureRedeposee.class, (d, e) -> redeposee(d))
            .on(CandidatureRetiree.class, (d, e) -> retiree(d));

    @Override
    public EventRoutes routes() {
        return routes;
    }

    void deposee(CandidatureDeposee d) {
        UUID id = d.candidatureId();
        Optional<Instruction> existant = Instruction.verrouiller(id);
        if (existant.isPresent() && existant.get().statut != StatutInstruction.A_INSTRUIRE) {
            throw new RejectedEventException("candidature " + id + " déjà en cours d'instruction (statut "
                    + existant.get().statut + ") : nouveau dépôt ignoré");
        }
        Instruction dossier = existant.orElseGet(Instruction::new);
        recopier(dossier, d, d.deposeeLe());
        dossier.statut = StatutInstruction.A_INSTRUIRE;
        if (existant.isEmpty()) {
            Instruction.persist(dossier);
        }
        journal.noter(dossier, "DEPOT", SYSTEME, null);
    }

    void redeposee(CandidatureRedeposee d) {
        UUID id = d.candidatureId();
        Optional<Instruction> existant = Instruction.verrouiller(id);
        Instruction dossier = existant.orElseGet(Instruction::new);
        StatutInstruction avant = existant.map(x -> x.statut).orElse(StatutInstruction.CORRECTIONS_DEMANDEES);
        try {
            dossier.statut = CycleInstruction.redeposer(avant);
        } catch (TransitionInterditeException e) {
            throw new RejectedEventException("redépôt de " + id + " refusé au statut " + e.statut());
        }
        // The original deposit instant keeps its place for tie-breaking; a file first seen here uses the redeposit.
        Instant depot = existant.map(x -> x.deposeeLe).orElse(d.redeposeeLe());
        recopier(dossier, d, depot);
        if (existant.isEmpty()) {
            Instruction.persist(dossier);
        }
        journal.noter(dossier, "REDEPOT", SYSTEME, null);
    }

    void retiree(CandidatureRetiree d) {
        UUID id = d.candidatureId();
        Optional<Instruction> existant = Instruction.verrouiller(id);
        if (existant.isEmpty()) {
            // Withdrawn before this service heard of its deposit: nothing to close.
            LOG.infof("retrait de la candidature %s inconnue ici : sans effet", id);
            return;
        }
        Instruction dossier = existant.get();
        try {
            dossier.statut = CycleInstruction.retirer(dossier.statut, dossier.decision);
        } catch (TransitionInterditeException e) {
            throw new RejectedEventException("retrait de " + id + " refusé au statut " + e.statut()
                    + " (" + e.getMessage() + ")");
        }
        dossier.modifieeLe = clock.instant();
        journal.noter(dossier, "RETRAIT", SYSTEME, d.motif());
    }

    private void recopier(Instruction dossier, DepotCandidature d, Instant deposeeLe) {
        dossier.candidatureId = d.candidatureId();
        dossier.numero = d.numero();
        dossier.campagneId = d.campagneId();
        dossier.campagneCode = d.campagneCode();
        dossier.phase = Phase.valueOf(d.phase().name());
        dossier.porteurSub = d.porteurSub();
        dossier.contactEmail = d.contactEmail();
        dossier.siret = d.structure().siret();
        dossier.raisonSociale = d.structure().raisonSociale();
        dossier.codeCommune = d.structure().codeCommune();
        dossier.departement = d.structure().departement();
        dossier.region = d.structure().region();
        dossier.contactNom = d.contact().nom();
        dossier.contactTelephone = d.contact().telephone();
        dossier.secteurs = EventJson.write(d.projet().secteurs());
        dossier.snapshot = EventJson.write(d);
        dossier.deposeeLe = deposeeLe;
        dossier.recueLe = clock.instant();
        dossier.modifieeLe = clock.instant();
    }
}

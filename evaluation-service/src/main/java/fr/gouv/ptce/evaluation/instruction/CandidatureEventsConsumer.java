package fr.gouv.ptce.evaluation.instruction;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.evaluation.campagne.CampagneEventsConsumer;
import fr.gouv.ptce.evaluation.domain.CycleInstruction;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import fr.gouv.ptce.evaluation.domain.TransitionInterditeException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Opens, refreshes and closes instruction files from candidature-service's events. The campaign
 * need not be known yet (topics are not ordered between them): the file is kept, and only
 * scoring, ranking and decisions wait for the campaign.
 */
@ApplicationScoped
public class CandidatureEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CandidatureEventsConsumer.class);
    private static final String SYSTEME = "candidature-service";

    @Inject
    EventInbox inbox;

    @Inject
    InstructionRepository instructions;

    @Inject
    Journal journal;

    @Inject
    Clock clock;

    @Incoming("candidatures")
    @Blocking
    public CompletionStage<Void> onCandidature(Message<String> message) {
        return inbox.handle(message, CampagneEventsConsumer.CONSUMER,
                Set.of("candidature.deposee", "candidature.redeposee", "candidature.retiree"), this::appliquer);
    }

    void appliquer(IncomingEvent event) {
        switch (event.fact()) {
            case "candidature.deposee" -> deposee(event.data());
            case "candidature.redeposee" -> redeposee(event.data());
            case "candidature.retiree" -> retiree(event.data());
            default -> LOG.debugf("fait ignoré : %s", event.fact());
        }
    }

    private void deposee(JsonNode d) {
        UUID id = UUID.fromString(d.path("candidatureId").asText());
        Optional<Instruction> existant = instructions.verrouiller(id);
        if (existant.isPresent() && existant.get().statut != StatutInstruction.A_INSTRUIRE) {
            throw new RejectedEventException("candidature " + id + " déjà en cours d'instruction (statut "
                    + existant.get().statut + ") : nouveau dépôt ignoré");
        }
        Instruction dossier = existant.orElseGet(Instruction::new);
        recopier(dossier, d, Instant.parse(d.path("deposeeLe").asText()));
        dossier.statut = StatutInstruction.A_INSTRUIRE;
        if (existant.isEmpty()) {
            instructions.persist(dossier);
        }
        journal.noter(dossier, "DEPOT", SYSTEME, null);
    }

    private void redeposee(JsonNode d) {
        UUID id = UUID.fromString(d.path("candidatureId").asText());
        Optional<Instruction> existant = instructions.verrouiller(id);
        Instruction dossier = existant.orElseGet(Instruction::new);
        StatutInstruction avant = existant.map(x -> x.statut).orElse(StatutInstruction.CORRECTIONS_DEMANDEES);
        try {
            dossier.statut = CycleInstruction.redeposer(avant);
        } catch (TransitionInterditeException e) {
            throw new RejectedEventException("redépôt de " + id + " refusé au statut " + e.statut());
        }
        // The original deposit instant keeps its place for tie-breaking; a file first seen here uses the redeposit.
        Instant depot = existant.map(x -> x.deposeeLe).orElse(Instant.parse(d.path("redeposeeLe").asText()));
        recopier(dossier, d, depot);
        if (existant.isEmpty()) {
            instructions.persist(dossier);
        }
        journal.noter(dossier, "REDEPOT", SYSTEME, null);
    }

    private void retiree(JsonNode d) {
        UUID id = UUID.fromString(d.path("candidatureId").asText());
        Optional<Instruction> existant = instructions.verrouiller(id);
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
        journal.noter(dossier, "RETRAIT", SYSTEME, d.path("motif").isNull() ? null : d.path("motif").asText(null));
    }

    private void recopier(Instruction dossier, JsonNode d, Instant deposeeLe) {
        JsonNode structure = d.path("structure");
        JsonNode contact = d.path("contact");
        dossier.candidatureId = UUID.fromString(d.path("candidatureId").asText());
        dossier.numero = d.path("numero").asText();
        dossier.campagneId = UUID.fromString(d.path("campagneId").asText());
        dossier.campagneCode = d.path("campagneCode").asText();
        dossier.phase = Phase.valueOf(d.path("phase").asText());
        dossier.porteurSub = d.path("porteurSub").asText();
        dossier.contactEmail = d.path("contactEmail").asText();
        dossier.siret = structure.path("siret").asText();
        dossier.raisonSociale = structure.path("raisonSociale").asText();
        dossier.codeCommune = structure.path("codeCommune").asText();
        dossier.departement = structure.path("departement").asText();
        dossier.region = structure.path("region").asText();
        dossier.contactNom = contact.path("nom").asText();
        dossier.contactTelephone = contact.path("telephone").isTextual() ? contact.path("telephone").asText() : null;
        dossier.secteurs = d.path("projet").path("secteurs").toString();
        dossier.snapshot = d.toString();
        dossier.deposeeLe = deposeeLe;
        dossier.recueLe = clock.instant();
        dossier.modifieeLe = clock.instant();
    }
}

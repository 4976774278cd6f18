package fr.gouv.ptce.candidature.evenements;

import fr.gouv.ptce.candidature.domain.CycleDeVie;
import fr.gouv.ptce.candidature.domain.Decision;
import fr.gouv.ptce.candidature.annuaire.AnnuaireAlimentation;
import fr.gouv.ptce.candidature.demarches.FileEcrituresDs;
import fr.gouv.ptce.candidature.domain.ActionDs;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Events from evaluation-service: instruction steps and committee decisions move the files;
 * a phase-1 lauréat becomes eligible for phase 2. Each event is applied once (EventInbox).
 */
@ApplicationScoped
public class CandidatureEventsConsumer {

    static final String CONSUMER = "candidature-service";

    @Inject
    EventInbox inbox;

    @Inject
    SuiviCandidature suivi;

    @Inject
    Clock clock;

    @Inject
    AnnuaireAlimentation annuaire;

    @Inject
    FileEcrituresDs ecrituresDs;

    @Incoming("decisions")
    @Blocking
    public CompletionStage<Void> onDecision(Message<String> message) {
        return inbox.handle(message, CONSUMER, Set.of("laureat.phase1.designe", "decision.rendue", "laureat.phase2.desiste"),
                this::appliquerDecision);
    }

    @Incoming("instructions")
    @Blocking
    public CompletionStage<Void> onInstruction(Message<String> message) {
        return inbox.handle(message, CONSUMER, Set.of("instruction.demarree", "corrections.demandees",
                "candidature.irrecevable", "candidature.recevable"), this::appliquerInstruction);
    }

    void appliquerDecision(IncomingEvent e) {
        UUID id = UUID.fromString(e.text("candidatureId"));
        switch (e.fact()) {
            case "laureat.phase1.designe" -> enregistrerLaureat(e);
            case "decision.rendue" -> {
                Decision decision = Decision.valueOf(e.text("decision"));
                boolean applique = suivi.changer(e.fact(), id, s -> CycleDeVie.decider(s, decision), e.text("decideur"),
                        instant(e, "decideLe"), "Décision " + decision + " : " + e.text("motivation"));
                if (applique && decision == Decision.LAUREAT) {
                    annuaire.laureatDeCandidature(id);
                }
                if (applique) { // a file imported from Démarches Simplifiées shows the decision there too
                    ecrituresDs.demander(id, ActionDs.pour(decision), e.text("motivation"));
                }
            }
            case "laureat.phase2.desiste" -> {
                String promu = e.text("promuCandidatureId");
                suivi.changer(e.fact(), id, CycleDeVie::desister, "comité de sélection", instant(e, "desisteLe"),
                        "Désistement du lauréat : " + e.text("motif")
                                + (promu == null ? "" : " (candidature promue : " + promu + ")"));
            }
            default -> { }
        }
    }

    void appliquerInstruction(IncomingEvent e) {
        UUID id = UUID.fromString(e.text("candidatureId"));
        String instructeur = e.text("instructeur");
        switch (e.fact()) {
            case "instruction.demarree" -> {
                if (suivi.changer(e.fact(), id, CycleDeVie::demarrerInstruction, instructeur,
                        instant(e, "demarreeLe"), "Instruction démarrée")) {
                    ecrituresDs.demander(id, ActionDs.PASSER_EN_INSTRUCTION, null);
                }
            }
            case "corrections.demandees" -> {
                if (suivi.changer(e.fact(), id, CycleDeVie::demanderCorrections, instructeur,
                        instant(e, "demandeesLe"), "Corrections demandées : " + e.text("motif"))) {
                    // a DS applicant has no account here: the request goes to DS (dossierEnvoyerMessage)
                    ecrituresDs.demander(id, ActionDs.DEMANDER_CORRECTION, e.text("motif"));
                }
            }
            case "candidature.irrecevable" -> {
                if (suivi.changer(e.fact(), id, CycleDeVie::declarerIrrecevable, instructeur,
                        instant(e, "decideLe"), "Candidature irrecevable : " + e.text("motivation"))) {
                    ecrituresDs.demander(id, ActionDs.REFUSER, "Candidature irrecevable : " + e.text("motivation"));
                }
            }
            case "candidature.recevable" -> suivi.noter(e.fact(), id, instructeur, instant(e, "decideLe"),
                    "Candidature déclarée recevable" + (e.text("motivation") == null ? "" : " : " + e.text("motivation")));
            default -> { }
        }
    }

    /** A lauréat's later designation (another campaign) replaces the earlier one. */
    private void enregistrerLaureat(IncomingEvent e) {
        String siret = e.text("siret");
        LaureatPhase1 l = LaureatPhase1.findById(siret);
        if (l == null) {
            l = new LaureatPhase1();
            l.siret = siret;
        }
        l.raisonSociale = e.text("raisonSociale");
        l.codeCommune = e.text("codeCommune");
        l.departement = e.text("departement");
        l.region = e.text("region");
        List<String> secteurs = new ArrayList<>();
        e.data().path("secteurs").forEach(n -> secteurs.add(n.asText()));
        l.secteurs = Json.ecrire(secteurs);
        l.candidatureId = UUID.fromString(e.text("candidatureId"));
        l.campagneId = UUID.fromString(e.text("campagneId"));
        l.campagneCode = e.text("campagneCode");
        l.designeLe = instant(e, "designeLe");
        l.porteurSub = e.text("porteurSub");
        l.contactEmail = e.text("contactEmail");
        l.persist();
        annuaire.laureatPhase1(l, secteurs);
    }

    private Instant instant(IncomingEvent e, String champ) {
        String valeur = e.text(champ);
        return valeur != null ? OffsetDateTime.parse(valeur).toInstant() : e.time() != null ? e.time() : clock.instant();
    }
}

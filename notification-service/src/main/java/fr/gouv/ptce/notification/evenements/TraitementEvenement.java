package fr.gouv.ptce.notification.evenements;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.events.DepotCandidature;
import fr.gouv.ptce.events.DossierConcerne;
import fr.gouv.ptce.notification.notifications.RegionCandidature;
import fr.gouv.ptce.events.EvaluateurAffecte;
import fr.gouv.ptce.events.Evenement;
import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.events.PorteurConcerne;
import fr.gouv.ptce.notification.config.NotificationSettings;
import fr.gouv.ptce.notification.domain.Modele;
import fr.gouv.ptce.notification.notifications.FileNotifications;
import fr.gouv.ptce.notification.relances.MemoireRelances;
import fr.gouv.ptce.notification.webhooks.FileLivraisons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one event causes here, inside the inbox transaction: the data the reminders need is kept,
 * the porteur's e-mail is queued (one per recipient, never twice), and a delivery is queued for
 * each partner endpoint that asked for this fact. Nothing is sent from here: the senders do that
 * after commit, so a broken SMTP server or partner never makes an event fail.
 */
@ApplicationScoped
public class TraitementEvenement {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Facts that also warrant a copy to the instruction team's mailbox, when one is configured. */
    private static final Set<Fait> COPIE_INSTRUCTION = Set.of(Fait.CANDIDATURE_DEPOSEE, Fait.CANDIDATURE_REDEPOSEE);

    @Inject
    FileNotifications notifications;

    @Inject
    FileLivraisons livraisons;

    @Inject
    MemoireRelances relances;

    @Inject
    NotificationSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void appliquer(Evenement data, IncomingEvent e) {
        relances.memoriser(data);
        if (data instanceof DepotCandidature depot) {
            // the file's région, for the staff's territorial scope on its notifications
            RegionCandidature.noter(depot.candidatureId(), depot.structure() == null ? null : depot.structure().region());
        }
        Optional<Modele> modele = ModelesParFait.pour(data.eventType());
        if (modele.isPresent() && data instanceof PorteurConcerne p) {
            Map<String, Object> donnees = MAPPER.convertValue(EventJson.toTree(data), new TypeReference<>() {
            });
            // A registration to a session concerns the porteur, not one of its applications.
            UUID candidatureId = data instanceof DossierConcerne d ? d.candidatureId() : null;
            String numero = data instanceof DossierConcerne d ? d.numero() : null;
            notifications.mettreEnFile(new FileNotifications.Demande(e.id(), e.fact(), modele.get(),
                    p.contactEmail(), p.porteurSub(), candidatureId, numero, donnees));
            if (COPIE_INSTRUCTION.contains(data.eventType())) {
                settings.copieInstruction().filter(s -> !s.isBlank()).ifPresent(copie ->
                        notifications.mettreEnFile(new FileNotifications.Demande(e.id(), e.fact(), modele.get(),
                                copie, null, candidatureId, numero, donnees)));
            }
        }
        if (data instanceof EvaluateurAffecte a && modele.isPresent()) {
            // The evaluator, an agent: no porteurSub (a porteur never lists it), the link to its evaluation.
            Map<String, Object> donnees = MAPPER.convertValue(EventJson.toTree(data), new TypeReference<>() {
            });
            donnees.put("lien", lienEvaluation(a));
            notifications.mettreEnFile(new FileNotifications.Demande(e.id(), e.fact(), modele.get(),
                    a.evaluateurEmail(), null, a.candidatureId(), a.numero(), donnees));
        }
        livraisons.mettreEnFile(e);
    }

    private String lienEvaluation(EvaluateurAffecte a) {
        String base = settings.adressePlateforme().strip().replaceAll("/+$", "");
        return base + "/evaluations/" + a.evaluationId();
    }
}

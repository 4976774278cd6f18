package fr.gouv.ptce.notification.evenements;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
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
    private static final Set<String> COPIE_INSTRUCTION = Set.of("candidature.deposee", "candidature.redeposee");

    @Inject
    FileNotifications notifications;

    @Inject
    FileLivraisons livraisons;

    @Inject
    MemoireRelances relances;

    @Inject
    NotificationSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void appliquer(IncomingEvent e) {
        relances.memoriser(e);
        Optional<Modele> modele = Modele.pourFait(e.fact());
        if (modele.isPresent()) {
            Map<String, Object> donnees = MAPPER.convertValue(e.data(), new TypeReference<>() {
            });
            UUID candidature = identifiant(e.text("candidatureId"));
            notifications.mettreEnFile(new FileNotifications.Demande(e.id(), e.fact(), modele.get(),
                    e.text("contactEmail"), e.text("porteurSub"), candidature, e.text("numero"), donnees));
            if (COPIE_INSTRUCTION.contains(e.fact())) {
                settings.copieInstruction().filter(s -> !s.isBlank()).ifPresent(copie ->
                        notifications.mettreEnFile(new FileNotifications.Demande(e.id(), e.fact(), modele.get(),
                                copie, null, candidature, e.text("numero"), donnees)));
            }
        }
        livraisons.mettreEnFile(e);
    }

    /** A file id that is not a UUID will never become one: dead-letter it at once with the reason. */
    private static UUID identifiant(String texte) {
        try {
            return UUID.fromString(texte);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new RejectedEventException("candidatureId n'est pas un UUID : " + texte);
        }
    }
}

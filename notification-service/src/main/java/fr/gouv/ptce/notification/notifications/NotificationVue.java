package fr.gouv.ptce.notification.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it: the proof of what was sent, to whom and when. */
public record NotificationVue(UUID id, UUID candidatureId, String numero, String destinataire, String modele,
                              String sujet, String statut, int tentatives, Instant creeeLe, Instant envoyeeLe,
                              String messageId, String derniereErreur, String evenementId, String typeEvenement,
                              String pieceJointe) {

    static NotificationVue de(Notification n) {
        return new NotificationVue(n.id, n.candidatureId, n.numero, n.destinataire, n.modele.name(), n.sujet,
                n.statut.name(), n.tentatives, n.creeeLe, n.envoyeeLe, n.messageId, n.derniereErreur, n.evenementId,
                n.typeEvenement, n.pieceJointeNom);
    }
}

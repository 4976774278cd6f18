package fr.gouv.ptce.notification.notifications;

/** An e-mail ready to send: its French subject and both bodies. */
public record MailRendu(String sujet, String texte, String html) {
}

package fr.gouv.ptce.notification.notifications;

import java.util.Optional;

/** An e-mail ready to send: its French subject, both bodies and, for some, a PDF attachment. */
public record MailRendu(String sujet, String texte, String html, Optional<PieceJointe> pieceJointe) {

    /** A document attached to the e-mail: its file name and its bytes. */
    public record PieceJointe(String nom, byte[] octets) {
    }
}

package fr.gouv.ptce.notification.donnees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything notification-service holds about one porteur (GDPR right of access). */
public record MesDonnees(String porteurSub, Instant genereLe, List<Courriel> courriels,
                         List<StructureSuivie> structuresSuivies, List<RapportSuivi> rapportsSuivis) {

    /**
     * An e-mail sent to the porteur: its bodies until they are purged ({@code corpsPurgeLe}), then the
     * proof of sending only (recipient as {@code sha256:…}, subject, instant, Message-ID).
     */
    public record Courriel(UUID id, UUID candidatureId, String numero, String destinataire, String modele,
                           String sujet, String statut, Instant creeeLe, Instant envoyeeLe, String messageId,
                           String corpsTexte, Instant corpsPurgeLe) {
    }

    /** A phase-1 lauréat of the porteur, kept to remind it of phase-2 deadlines. */
    public record StructureSuivie(String siret, String raisonSociale, String contactEmail, UUID candidatureId) {
    }

    /** A report of the porteur's agreement, kept to remind it before its deadline. */
    public record RapportSuivi(UUID rapportId, UUID conventionId, String type, LocalDate dateLimite,
                               String contactEmail, boolean approuve) {
    }
}

package fr.gouv.ptce.launcher.demo;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The summary of an edition as the platform tells it (read back through the API and the mailbox),
 * plus how often the demo met the write limit: what {@code ./ptce demo} prints and what the system
 * tests check.
 *
 * @param phase1 / phase2   applications per status in candidature-service
 * @param conventions       agreements per status in financement-service
 * @param notifications     notifications to this edition's contacts recorded by notification-service
 * @param notificationsParStatut  the same per status (ENVOYEE once sent)
 * @param courriels         mails to this edition's contacts the SMTP server received
 * @param reponses429       429 answers the demo received, each waited for and sent again
 * @param pauses            distinct pauses (per account and service) those caused
 * @param motifLimite       the problem detail of the last 429 (names the limit), null if none
 */
public record Resultat(String edition, Taille taille, long secondes, Map<String, Long> phase1, Map<String, Long> phase2,
                       Map<String, Long> conventions, BigDecimal enveloppe, BigDecimal engage, BigDecimal paye,
                       BigDecimal disponible, int notifications, Map<String, Long> notificationsParStatut, int courriels,
                       int reponses429, int pauses, long secondesDePause, String motifLimite) {
}

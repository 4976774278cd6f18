package fr.gouv.ptce.launcher.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedSet;

/**
 * The summary of an edition as the platform tells it (read back through the API and the mailbox),
 * plus how often the demo met the write limit: what {@code ./ptce demo} prints and what the system
 * tests check.
 *
 * @param phase1 / phase2   applications per status in candidature-service
 * @param conventions       agreements per status in financement-service
 * @param reversements      clawbacks of the phase-2 agreements per status
 * @param reversementsDemandes / recouvre  the envelope's clawbacks still owed / recovered
 * @param notifications     notifications to this edition's contacts recorded by notification-service
 * @param notificationsParStatut  the same per status (ENVOYEE once sent)
 * @param notificationsParModele  the same per template (decision, rapport-rejete…)
 * @param courriels         mails to this edition's contacts the SMTP server received
 * @param regions           per région (as evaluation-service names it): who instructed and evaluated its files
 * @param parcours          the stories off the designed path, as the platform ended them
 * @param sansGrille        the phase-1 call without a scoring grid, as the platform ended it
 * @param session           the one-seat session of the service offer, as candidature-service ended it
 * @param lettreMorte       the dead letter the demo provoked, as financement-service ended it
 * @param reponses429       429 answers the demo received, each waited for and sent again
 * @param pauses            distinct pauses (per account and service) those caused
 * @param motifLimite       the problem detail of the last 429 (names the limit), null if none
 */
public record Resultat(String edition, Taille taille, long secondes, Map<String, Long> phase1, Map<String, Long> phase2,
                       Map<String, Long> conventions, BigDecimal enveloppe, BigDecimal engage, BigDecimal paye,
                       BigDecimal disponible, Map<String, Long> reversements, BigDecimal reversementsDemandes,
                       BigDecimal recouvre, int notifications, Map<String, Long> notificationsParStatut,
                       Map<String, Long> notificationsParModele, int courriels, Map<String, Agents> regions,
                       Parcours parcours, SansGrille sansGrille, Session session, LettreMorte lettreMorte, int reponses429, int pauses, long secondesDePause, String motifLimite) {

    /**
     * The files of one région (both phases) and the agents who handled them: the instructeurs who
     * took them, the evaluators assigned to them (user names, as the tokens carry them).
     */
    public record Agents(int dossiers, SortedSet<String> instructeurs, SortedSet<String> evaluateurs) {
    }

    /**
     * Where each story off the designed path ended, read back from the services: statuses of the
     * applications (candidature-service), agreements and clawbacks (financement-service); null
     * where the edition is too small to play a story.
     *
     * @param desistee              the withdrawn lauréat's application (RETIREE)
     * @param conventionDesistee    its agreement (RESILIEE)
     * @param reversementDesistement the clawback of what it was paid beyond its justified expenses
     * @param promue                the waiting-list file promoted in its place (ACCEPTEE)
     * @param conventionPromue      the promoted file's new agreement (SIGNEE)
     * @param nonRetenusALaCloture  waiting-list files the closing of the selection turned down
     * @param rapportAnnee1         the year-1 report rejected then filed again (APPROUVE)
     * @param conventionSoldee      the agreement of that report, completed (SOLDEE)
     * @param reversementControle   the clawback after its final control (RECOUVRE)
     */
    public record Parcours(String desistee, String conventionDesistee, String reversementDesistement, String promue,
                           String conventionPromue, int nonRetenusALaCloture, String rapportAnnee1,
                           String conventionSoldee, String reversementControle) {
    }

    /**
     * The phase-1 call published without a scoring grid, decided on the instruction alone.
     *
     * @param code                 its campaign code (DEMO-&lt;edition&gt;-P1-SG)
     * @param statuts              its applications per status (candidature-service)
     * @param evaluateursAffectes  evaluators assigned to its files (evaluation-service): none can be
     * @param affectationsRefusees assignments the demo tried, each answered 409 campagne-sans-grille
     */
    public record SansGrille(String code, Map<String, Long> statuts, int evaluateursAffectes, int affectationsRefusees) {
    }

    /**
     * The session of the service offer with one seat (candidature-service).
     *
     * @param titre           its title (names the edition)
     * @param capacite        its seats (1)
     * @param inscriptions    its registrations' statuses in order of arrival (ANNULEE, INSCRIT: the
     *                        waiting one got the freed seat)
     * @param placesRestantes seats left
     */
    public record Session(String titre, int capacite, java.util.List<String> inscriptions, int placesRestantes) {
    }

    /**
     * The dead letter provoked for the demonstration (a trigger on financement-service's convention
     * table, removed), read back from financement-service's {@code GET /api/v1/admin/lettres-mortes}.
     *
     * @param fait                    the event set aside (laureat.phase2.selectionne)
     * @param tentatives              its failed attempts before it was set aside
     * @param erreur                  its reason (the provoked incident's message)
     * @param statut                  its status after the replays (REJOUEE)
     * @param rejeux                  how many times it was replayed (each answered REJOUEE)
     * @param conventionsDuDossierPromu agreements of the promoted file once replayed (exactly one)
     * @param restantes               dead letters about this edition still EN_ATTENTE in the four services
     */
    public record LettreMorte(String fait, int tentatives, String erreur, String statut, int rejeux,
                              long conventionsDuDossierPromu, long restantes) {
    }
}

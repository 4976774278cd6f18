package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exact reconciliation that ends every fault test, read straight from the four databases and
 * the mailbox: every application the client saw submitted is submitted in candidature-service and
 * has exactly one instruction; every decision reached candidature-service; every phase-2 lauréat
 * has exactly one agreement and the envelope's committed amount is their sum; every e-mail-worthy
 * event has exactly one e-mail, sent, received once (by Message-ID); no outbox holds anything
 * unpublished. It waits for the platform to settle, then names every difference.
 */
final class Rapprochement {

    /** Facts that send the porteur an e-mail (notification-service README). */
    static final String[] FAITS_AVEC_COURRIEL = {"candidature.deposee", "candidature.redeposee", "corrections.demandees",
            "candidature.irrecevable", "decision.rendue", "laureat.phase1.designe", "laureat.phase2.selectionne",
            "convention.creee", "echeance.exigible", "echeance.payee", "rapport.attendu", "convention.resiliee",
            "reversement.demande", "laureat.phase2.desiste", "rapport.rejete", "rapport.approuve"};

    private static final long MONTANT_CENTIMES = 10_000_000L;

    /**
     * Column of a query on {@code notification n}: the SMTP conversations notification-service
     * recorded as started minus the outcomes it recorded, i.e. those cut off (see copiesExpliquees).
     */
    static final String ENVOIS_INTERROMPUS =
            "(select count(*) from notification_envoi e where e.notification_id = n.id) - n.tentatives";

    /** Figures printed by the tests. */
    record Bilan(int soumises, int instructions, int decisions, int laureatsPhase2, int conventions, long engageCentimes,
                 int evenementsAvecCourriel, int courriels, int recusDansLaBoite, int notificationsReessayees,
                 int recusDeuxFoisApresInterruption, long attenteMs) {
        @Override
        public String toString() {
            return soumises + " candidatures soumises, " + instructions + " instructions, " + decisions + " décisions, "
                    + laureatsPhase2 + " lauréats de phase 2, " + conventions + " conventions, engagé "
                    + engageCentimes / 100 + " €, " + evenementsAvecCourriel + " événements à courriel, " + courriels
                    + " courriels envoyés (" + notificationsReessayees + " après au moins un échec), " + recusDansLaBoite
                    + " reçus (" + recusDeuxFoisApresInterruption + " en double après un envoi interrompu par un arrêt, "
                    + "les autres une seule fois) ; perdu : rien ; rapprochement obtenu en " + attenteMs + " ms";
        }
    }

    private final Parcours parcours;
    private final PtceClient client;
    private final List<String> ecarts = new ArrayList<>();
    private Bilan bilan;
    private Map<String, String> evenementsLus = Map.of();

    Rapprochement(Parcours parcours) {
        this.parcours = parcours;
        this.client = parcours.appels.client();
    }

    /**
     * The e-mail-worthy events (id → type) the last successful check accounted for: a test that goes
     * on after it (and moves clocks, which lets the outbox relays delete published rows) keeps them.
     */
    Map<String, String> evenementsAvecCourriel() {
        return evenementsLus;
    }

    /** Waits up to {@code attente} for every check to pass; fails naming each difference left. */
    Bilan verifier(Collection<String> soumisesVuesParLeClient, Duration attente) {
        long t0 = System.nanoTime();
        long limite = t0 + attente.toNanos();
        while (true) {
            ecarts.clear();
            controler(new TreeSet<>(soumisesVuesParLeClient), (System.nanoTime() - t0) / 1_000_000);
            if (ecarts.isEmpty()) {
                return bilan;
            }
            if (System.nanoTime() > limite) {
                throw new AssertionError("rapprochement impossible après " + attente.toSeconds() + " s :\n - "
                        + String.join("\n - ", ecarts));
            }
            Appels.pause(1000);
        }
    }

    private void controler(Set<String> vues, long ecouleMs) {
        String[] campagnes = {parcours.phase1, parcours.phase2};
        Set<String> soumises = colonne(Bases.lignes("candidature", "select id::text from candidature "
                + "where campagne_id::text = any (?) and deposee_le is not null", (Object) campagnes));
        ecart(vues, soumises, "candidatures soumises vues par le client", "soumises en base");

        Set<String> instructions = colonne(Bases.lignes("evaluation",
                "select candidature_id::text from instruction where campagne_id::text = any (?)", (Object) campagnes));
        ecart(soumises, instructions, "candidatures soumises", "instructions");

        Map<String, String> decisionParDossier = new HashMap<>();
        for (String[] d : Bases.lignes("evaluation", "select candidature_id::text, type, count(*) over (partition by "
                + "candidature_id) from decision where campagne_id::text = any (?)", (Object) campagnes)) {
            if (!"1".equals(d[2])) {
                ecarts.add("le dossier " + d[0] + " a " + d[2] + " décisions");
            }
            decisionParDossier.put(d[0], d[1]);
        }
        Map<String, String> statuts = new HashMap<>();
        for (String[] c : Bases.lignes("candidature", "select id::text, statut from candidature "
                + "where campagne_id::text = any (?)", (Object) campagnes)) {
            statuts.put(c[0], c[1]);
        }
        decisionParDossier.forEach((id, type) -> {
            String attendu = "LAUREAT".equals(type) ? "ACCEPTEE" : "REFUSEE";
            if (!attendu.equals(statuts.get(id))) {
                ecarts.add("décision " + type + " pour " + id + " mais candidature " + statuts.get(id));
            }
        });

        Set<String> laureats = colonne(Bases.lignes("evaluation", "select candidature_id::text from decision "
                + "where campagne_id::text = ? and type = 'LAUREAT'", parcours.phase2));
        List<String[]> conventions = Bases.lignes("financement", "select candidature_id::text, montant_centimes, "
                + "engage_centimes from convention where campagne_id::text = ?", parcours.phase2);
        ecart(laureats, colonne(conventions), "lauréats de phase 2", "conventions");
        long somme = 0;
        for (String[] c : conventions) {
            somme += Long.parseLong(c[2]);
            if (Long.parseLong(c[1]) != MONTANT_CENTIMES) {
                ecarts.add("convention de " + c[0] + " à " + c[1] + " centimes au lieu de " + MONTANT_CENTIMES);
            }
        }
        List<String[]> enveloppe = Bases.lignes("financement", "select engage_centimes from enveloppe "
                + "where campagne_id::text = ?", parcours.phase2);
        long engage = enveloppe.isEmpty() ? -1 : Long.parseLong(enveloppe.get(0)[0]);
        if (engage != somme || engage != laureats.size() * MONTANT_CENTIMES) {
            ecarts.add("enveloppe : engagé " + engage + " centimes, somme des conventions " + somme + ", lauréats "
                    + laureats.size() + " × " + MONTANT_CENTIMES);
        }

        for (String base : List.of("candidature", "evaluation", "financement", "notification")) {
            long enAttente = Bases.nombre(base, "select count(*) from ptce_outbox where published_at is null");
            if (enAttente != 0) {
                ecarts.add("outbox de " + base + " : " + enAttente + " événements non publiés");
            }
        }

        // E-mail-worthy events about this test's dossiers, from the three producing services.
        String motif = "%" + parcours.marqueur + "%";
        Map<String, String> evenements = new HashMap<>();
        for (String base : List.of("candidature", "evaluation", "financement")) {
            for (String[] e : Bases.lignes(base, "select event_id::text, event_type from ptce_outbox "
                    + "where event_type = any (?) and (payload like ? or aggregate_id = any (?))", FAITS_AVEC_COURRIEL,
                    motif, soumises.toArray(String[]::new))) {
                evenements.put(e[0], e[1]);
            }
        }
        // Conversations started minus outcomes recorded: SMTP conversations cut off by a kill -9
        // after the server accepted the e-mail, which is then sent again with the same Message-ID.
        List<String[]> notifications = Bases.lignes("notification", "select evenement_id, statut, message_id, "
                + "tentatives, " + ENVOIS_INTERROMPUS + " "
                + "from notification n where destinataire like ? and evenement_id not like 'relance-%'", motif);
        // Reminders (relance-…) come from notification-service's own schedule, not from an event:
        // DeuxRepliquesTest counts them itself. An event that names the porteur otherwise than by address is found by its id.
        String[] inconnus = notifications.stream().map(n -> n[0]).filter(id -> !evenements.containsKey(id))
                .distinct().toArray(String[]::new);
        if (inconnus.length > 0) {
            for (String base : List.of("candidature", "evaluation", "financement")) {
                for (String[] e : Bases.lignes(base, "select event_id::text, event_type from ptce_outbox "
                        + "where event_id::text = any (?)", (Object) inconnus)) {
                    evenements.put(e[0], e[1]);
                }
            }
        }
        Map<String, Integer> parEvenement = new HashMap<>();
        Set<String> messageIds = new HashSet<>();
        Map<String, Integer> interrompus = new HashMap<>();
        int reessayees = 0;
        for (String[] n : notifications) {
            parEvenement.merge(n[0], 1, Integer::sum);
            if (!"ENVOYEE".equals(n[1])) {
                ecarts.add("courriel de l'événement " + n[0] + " en statut " + n[1]);
            } else {
                messageIds.add(n[2]);
                interrompus.put(n[2], Integer.parseInt(n[4]));
            }
            if (Integer.parseInt(n[3]) > 1) {
                reessayees++;
            }
            if (!evenements.containsKey(n[0])) {
                ecarts.add("courriel sans événement connu à son origine : " + n[0]);
            }
        }
        evenements.forEach((id, fait) -> {
            int n = parEvenement.getOrDefault(id, 0);
            if (n != 1) {
                ecarts.add(fait + " " + id + " : " + n + " courriels au lieu d'un");
            }
        });
        // The reminders' e-mails are in the same mailboxes: left to the test that counts them.
        Set<String> relances = colonne(Bases.lignes("notification", "select message_id from notification "
                + "where destinataire like ? and evenement_id like 'relance-%' and message_id is not null", motif));
        Map<String, Integer> recus = new HashMap<>();
        for (PtceClient.Mail m : client.mails(parcours.marqueur)) {
            if (!relances.contains(m.messageId())) {
                recus.merge(m.messageId(), 1, Integer::sum);
            }
        }
        int enDouble = copiesExpliquees(recus, interrompus, ecarts);
        ecart(messageIds, recus.keySet(), "courriels envoyés (Message-ID)", "courriels reçus");

        evenementsLus = Map.copyOf(evenements);
        bilan = new Bilan(soumises.size(), instructions.size(), decisionParDossier.size(), laureats.size(),
                conventions.size(), engage, evenements.size(), notifications.size(),
                recus.values().stream().mapToInt(Integer::intValue).sum(), reessayees, enDouble, ecouleMs);
    }

    /**
     * Checks the copies of each Message-ID received: a second copy is explained only by an SMTP
     * conversation notification-service recorded as started and whose outcome it never recorded (a
     * kill -9 after the server accepted the e-mail: it is sent again rather than lost); any other
     * copy is a double send, added to {@code ecarts}. Answers how many e-mails came twice, explained.
     */
    static int copiesExpliquees(Map<String, Integer> recus, Map<String, Integer> interrompus, List<String> ecarts) {
        int enDouble = 0;
        for (Map.Entry<String, Integer> r : recus.entrySet()) {
            int admis = 1 + interrompus.getOrDefault(r.getKey(), 0);
            if (r.getValue() > admis) {
                ecarts.add("courriel " + r.getKey() + " reçu " + r.getValue() + " fois (" + (admis - 1)
                        + " envoi interrompu tracé)");
            } else if (r.getValue() > 1) {
                enDouble++;
            }
        }
        return enDouble;
    }

    private void ecart(Set<String> attendus, Set<String> trouves, String nomAttendus, String nomTrouves) {
        Set<String> manquants = new TreeSet<>(attendus);
        manquants.removeAll(trouves);
        Set<String> enTrop = new TreeSet<>(trouves);
        enTrop.removeAll(attendus);
        if (!manquants.isEmpty()) {
            ecarts.add(manquants.size() + " " + nomAttendus + " sans " + nomTrouves + " : " + premiers(manquants));
        }
        if (!enTrop.isEmpty()) {
            ecarts.add(enTrop.size() + " " + nomTrouves + " en trop par rapport aux " + nomAttendus + " : "
                    + premiers(enTrop));
        }
    }

    private static String premiers(Set<String> ids) {
        return ids.stream().limit(5).toList() + (ids.size() > 5 ? "…" : "");
    }

    private static Set<String> colonne(List<String[]> lignes) {
        Set<String> out = new HashSet<>();
        lignes.forEach(l -> out.add(l[0]));
        return out;
    }
}

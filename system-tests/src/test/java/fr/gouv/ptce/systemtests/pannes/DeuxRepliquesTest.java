package fr.gouv.ptce.systemtests.pannes;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import fr.gouv.ptce.launcher.Layout;
import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Progress;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.launcher.SystemTestSettings;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.InstanceService;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of every service on the same databases and broker (issue 25 item 4). Replica A is
 * the platform's own process, replica B one more process of the same jar (its environment read
 * from A's process, the scheduled jobs ticking every few seconds so that both replicas race for
 * them); every request goes to the next replica in turn. Halfway through the journey replica A of
 * each service is killed with {@code kill -9} and replaced through the launcher's code, as
 * Kubernetes would replace the pod. The journey is reconciled before any clock moves; what follows
 * (agreements signed, reminders, instalments made payable by the job, drafts purged) is counted
 * exactly too: each e-mail once per event or reminder, each Message-ID received once, each webhook
 * event under one webhook-id, each instalment made payable once (one journal entry, one event),
 * each draft purged once (one journal entry naming it), every audit chain intact with no entry
 * doubled. DS write-backs with two replicas are {@code demarches.DemarchesDeuxInstancesTest}'s.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 5)
class DeuxRepliquesTest {

    /**
     * The scheduled jobs of both replicas tick every few seconds (production: hours); the webhook
     * timeout is raised from the system tests' 1 s, which a loaded machine exceeds while the local
     * receiver answers at once (each timeout is a redelivery, and four disable the endpoint).
     */
    static final Map<String, String> MINUTERIES = Map.of(
            "PTCE_WEBHOOKS_TIMEOUT", "10s",
            "PTCE_EXAMEN_INTERVALLE", "2s",
            "PTCE_RELANCES_INTERVALLE", "2s",
            "PTCE_CONSERVATION_INTERVALLE", "3s");

    /** The facts the partner subscribes to; {@code echeance.exigible} comes from the scheduler. */
    static final List<String> TYPES_WEBHOOK = List.of("candidature.deposee", "decision.rendue",
            "laureat.phase2.selectionne", "convention.creee", "echeance.exigible");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** One webhook delivery as received: its webhook-id, the event id and type, the file it is about. */
    record Livraison(String webhookId, String evenement, String type, String candidature) {
    }

    @Test
    void deuxRepliquesDeChaqueServiceUneTueeAMiParcoursRienNeManqueRienNEstDouble(SystemTestPlatform systeme)
            throws Exception {
        Platform plateforme = systeme.platform();
        PtceClient client = systeme.client();
        Layout layout = plateforme.layout();
        long t0 = System.nanoTime();
        Map<Service, InstanceService.Lancement> lancements = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            lancements.put(s, InstanceService.lancementDeLaPlateforme(layout, s));
        }
        // Replica A of each service is the platform's own process; after its kill -9 it is replaced
        // through the launcher's code with the same settings plus the fast scheduled jobs.
        Map<String, String> reglagesRapides = new HashMap<>(SystemTestSettings.serviceEnvironment());
        reglagesRapides.putAll(MINUTERIES);
        Platform remplacante = new Platform(layout, plateforme.ports(), new Progress(System.out),
                SystemTestPlatform.services(), reglagesRapides);
        Repliques repliques = new Repliques();
        Map<Service, InstanceService> secondes = new ConcurrentHashMap<>();
        List<Thread> remplacements = new ArrayList<>();
        boolean remplacees = false;
        List<Livraison> livraisons = new CopyOnWriteArrayList<>();
        HttpServer recepteur = recepteur(livraisons);
        String abonnement = null;
        Appels appels = new Appels(client, repliques::suivante);
        try {
            Map<Service, Integer> portsB = new EnumMap<>(Service.class);
            for (Service s : Service.values()) {
                portsB.put(s, InstanceService.portLibre());
            }
            enParallele(Service.values(), s -> secondes.put(s, demarrerPrete(layout, lancements.get(s), portsB.get(s),
                    s.moduleName() + "-replique-b", null)));
            for (Service s : Service.values()) {
                repliques.ajouter(s, client.ports().of(s));
                repliques.ajouter(s, portsB.get(s));
            }
            long demarrage = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("DeuxRepliquesTest : 4 répliques B prêtes en " + demarrage + " ms");

            Appels.Reponse cree = appels.tenace("POST", Service.NOTIFICATION, "/api/v1/webhooks", "partenaire",
                    Map.of("url", "http://127.0.0.1:" + recepteur.getAddress().getPort() + "/partenaire",
                            "types", TYPES_WEBHOOK), null, Set.of());
            assertEquals(201, cree.status(), cree.toString());
            abonnement = cree.json().get("id").asText();

            Parcours parcours = Parcours.nouvelles(appels, "repl");
            // The journey on both replicas; halfway, kill -9 of replica A of each service.
            Flux flux = new Flux(parcours, Parcours.Profondeur.DECISIONS, 2).demarrer();
            long tuees;
            try {
                ArretsBrutauxTest.attendreDesDepots(flux, parcours, 3);
                for (Service s : Service.values()) {
                    plateforme.kill(s);
                }
                tuees = System.nanoTime();
                remplacees = true;
                for (Service s : Service.values()) {
                    Thread t = new Thread(() -> remplacante.start(s), "remplacement-" + s.moduleName());
                    t.start();
                    remplacements.add(t);
                }
                ArretsBrutauxTest.attendreDesDepots(flux, parcours, 3);
            } finally {
                flux.close();
            }
            flux.verifierSansEchec();
            for (Thread t : remplacements) {
                t.join(300_000);
            }
            long remplacement = (System.nanoTime() - tuees) / 1_000_000;
            for (Service s : Service.values()) {
                assertTrue(plateforme.ready(s), s.moduleName() + " : réplique A remplacée et prête");
            }

            // The journey's reconciliation first, while every event the e-mails derive from is in the
            // outboxes (moving a service's clock a year on lets its relay delete its published rows).
            List<String> soumises = new ArrayList<>(flux.soumises);
            Rapprochement rapprochement = new Rapprochement(parcours);
            Rapprochement.Bilan bilan = rapprochement.verifier(soumises, Duration.ofSeconds(180));
            Map<String, String> evenements = new HashMap<>(rapprochement.evenementsAvecCourriel());
            Set<String> duParcours = Set.copyOf(evenements.keySet());
            Map<String, String> echeancesExigibles = new HashMap<>();

            // Once every phase-1 lauréat of the run is known: a phase-2 campaign closing in five
            // minutes, which each of them is reminded of (J1) once by one of the replicas' jobs.
            long laureatsPhase1 = Bases.nombre("evaluation", "select count(*) from decision where campagne_id::text = ? "
                    + "and type = 'LAUREAT'", parcours.phase1);
            System.out.println("DeuxRepliquesTest : parcours rapproché à " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
            String relancee = campagneQuiFermeBientot(appels, parcours);
            // Drafts on that campaign: the retention of a draft runs from its campaign's end of filing
            // (the journey's campaigns close in 2030, their drafts would never expire here).
            List<String> brouillons = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Appels.Reponse b = appels.tenace("POST", Service.CANDIDATURE, "/api/v1/candidatures", "porteur1",
                        Map.of("campagneId", relancee), Appels.nouvelleCle(), Set.of());
                Parcours.exiger(b, 201);
                brouillons.add(b.json().get("id").asText());
            }

            // Agreements signed today, year-1 report approved early: the second instalment waits for its date.
            List<String[]> conventions = Bases.lignes("financement", "select id::text, candidature_id::text "
                    + "from convention where campagne_id::text = ? order by id", parcours.phase2);
            assertEquals(bilan.conventions(), conventions.size());
            LocalDate aujourdhui = LocalDate.now(PARIS);
            for (String[] c : conventions) {
                Parcours.exiger(appels.tenace("POST", Service.FINANCEMENT, "/api/v1/conventions/" + c[0] + "/signature",
                        "gestionnaire1", Map.of("dateSignature", aujourdhui.toString()), null, Set.of()), 200, 409);
                Parcours.exiger(appels.tenace("POST", Service.FINANCEMENT, "/api/v1/conventions/" + c[0] + "/rapports",
                        "porteur1", Map.of("type", "ACTIVITE_ANNEE_1", "contenu", "Animation du pôle : 12 réunions."),
                        null, Set.of()), 200, 201, 409);
                String rapport = Bases.lignes("financement", "select id::text from rapport where convention_id::text = ? "
                        + "and type = 'ACTIVITE_ANNEE_1'", c[0]).get(0)[0];
                Parcours.exiger(appels.tenace("POST", Service.FINANCEMENT, "/api/v1/rapports/" + rapport + "/approbation",
                        "gestionnaire1", Map.of(), null, Set.of()), 200, 409);
            }
            String[] idsConventions = conventions.stream().map(c -> c[0]).toArray(String[]::new);
            String[] candidaturesConventions = conventions.stream().map(c -> c[1]).toArray(String[]::new);
            // Read before financement's clock moves: written in the same transactions as the answers.
            evenements.putAll(evenementsFinancement(candidaturesConventions, idsConventions, echeancesExigibles));

            // A year and two days later on financement-service's clocks: the examination job of the
            // replicas makes the second instalments payable.
            horloges(client, repliques, Service.FINANCEMENT,
                    aujourdhui.plusMonths(12).plusDays(2).atTime(9, 0).atZone(PARIS).toInstant());
            List<String[]> echeances = attendre(() -> Bases.lignes("financement", "select id::text, statut from echeance "
                    + "where convention_id::text = any (?)", (Object) idsConventions),
                    l -> l.size() == 2 * conventions.size() && l.stream().allMatch(e -> "EXIGIBLE".equals(e[1])),
                    "échéances exigibles");
            String[] idsEcheances = echeances.stream().map(e -> e[0]).toArray(String[]::new);
            attendre(() -> {
                evenements.putAll(evenementsFinancement(candidaturesConventions, idsConventions, echeancesExigibles));
                return echeancesExigibles.size();
            }, n -> n == idsEcheances.length, "événements echeance.exigible");

            // Drafts past their retention on candidature-service's clocks: purged by one replica.
            horloges(client, repliques, Service.CANDIDATURE, Instant.now().plus(215, ChronoUnit.DAYS));
            attendre(() -> Bases.lignes("candidature", "select id::text from candidature where id::text = any (?)",
                    (Object) brouillons.toArray(String[]::new)), List::isEmpty, "purge des brouillons");
            horloges(client, repliques, Service.CANDIDATURE, null);

            // E-mails: one per event (the journey's and those after it, kept before the clocks moved),
            // one per reminder, each received once; nothing else in the run's mailboxes.
            Map<String, Long> apres = new TreeMap<>();
            evenements.forEach((id, type) -> {
                if (!duParcours.contains(id)) {
                    apres.merge(type, 1L, Long::sum);
                }
            });
            Courriels courriels = attendre(() -> courriels(parcours, relancee, laureatsPhase1, evenements), Courriels::juste,
                    "courriels");
            assertEquals(laureatsPhase1, courriels.relances().size(), "une relance par lauréat de phase 1 : "
                    + courriels.relances());
            for (String r : courriels.relances()) {
                assertTrue(r.endsWith(":J1"), r);
            }
            assertEquals((long) idsEcheances.length, apres.get("echeance.exigible"), "échéances exigibles : " + apres);

            // Instalments: each made payable once (one journal entry, one event).
            assertEquals(Map.of(), plusDUneFois(Bases.lignes("financement", "select id_agregat, count(*) from journal_audit "
                    + "where type_agregat = 'echeance' and action = 'EXIGIBLE' and id_agregat = any (?) group by id_agregat",
                    (Object) idsEcheances), idsEcheances), "une entrée EXIGIBLE au journal par échéance");
            long parLeJob = Bases.nombre("financement", "select count(*) from journal_audit where type_agregat = 'echeance' "
                    + "and action = 'EXIGIBLE' and acteur = 'systeme:echeancier' and id_agregat = any (?)", (Object) idsEcheances);
            assertEquals(conventions.size(), parLeJob, "les secondes échéances rendues exigibles par le job planifié");
            Map<String, Integer> evenementsParEcheance = new TreeMap<>();
            echeancesExigibles.values().forEach(e -> evenementsParEcheance.merge(e, 1, Integer::sum));
            assertEquals(Set.of(idsEcheances), evenementsParEcheance.keySet(), "un événement echeance.exigible par échéance");
            assertTrue(evenementsParEcheance.values().stream().allMatch(n -> n == 1), "echeance.exigible : " + evenementsParEcheance);

            // Purge: each draft named by exactly one journal entry.
            for (String b : brouillons) {
                assertEquals(1, Bases.nombre("candidature", "select count(*) from journal_audit where action = "
                        + "'donnees-personnelles.purgees' and donnees::text like ?", "%" + b + "%"), "purge du brouillon " + b);
            }

            // Webhooks: every subscribed fact of this run delivered once.
            Map<String, Long> attendus = new TreeMap<>(Map.of("candidature.deposee", (long) bilan.soumises(),
                    "decision.rendue", (long) bilan.decisions(), "laureat.phase2.selectionne", (long) bilan.laureatsPhase2(),
                    "convention.creee", (long) bilan.conventions(), "echeance.exigible", (long) echeances.size()));
            Map<String, Long> recus = attendre(() -> parType(livraisons, soumises), attendus::equals, "livraisons " + attendus);
            // Webhooks are at least once (Standard Webhooks): a receiver that answers after the
            // platform's timeout gets the same webhook-id again, which it deduplicates. Doubled would
            // be an event with two deliveries (two webhook-ids), or a webhook-id received more often
            // than the platform recorded attempts for it (two replicas posting the same attempt).
            Map<String, Set<String>> idsParEvenement = new HashMap<>();
            Map<String, Integer> recusParWebhookId = new TreeMap<>();
            for (Livraison l : livraisons) {
                if (soumises.contains(l.candidature())) {
                    idsParEvenement.computeIfAbsent(l.evenement(), k -> new TreeSet<>()).add(l.webhookId());
                    recusParWebhookId.merge(l.webhookId(), 1, Integer::sum);
                }
            }
            idsParEvenement.values().removeIf(ids -> ids.size() == 1);
            assertEquals(Map.of(), idsParEvenement, "événements livrés sous plusieurs webhook-id");
            Map<String, String> auDelaDesTentatives = new TreeMap<>();
            int redelivrees = 0;
            for (Map.Entry<String, Integer> e : recusParWebhookId.entrySet()) {
                if (e.getValue() > 1) {
                    redelivrees++;
                    long tentatives = Bases.nombre("notification", "select tentatives from livraison where id::text = ?",
                            e.getKey().replaceFirst("^msg_", ""));
                    if (e.getValue() > tentatives) {
                        auDelaDesTentatives.put(e.getKey(), e.getValue() + " reçues, " + tentatives + " tentatives");
                    }
                }
            }
            assertEquals(Map.of(), auDelaDesTentatives, "webhook-id reçus plus souvent que tentés");

            // Audit journals: every chain intact, no entry about this run's objects written twice.
            List<String> nosIds = new ArrayList<>(soumises);
            nosIds.addAll(List.of(idsConventions));
            nosIds.addAll(List.of(idsEcheances));
            Map<String, Long> entrees = new TreeMap<>();
            for (Service s : Service.values()) {
                String nom = s.shortName();
                Appels.Reponse v = appels.get(s, "/api/v1/journal-audit/" + nom + "/verification", "admin1");
                assertEquals(200, v.status(), v.toString());
                assertTrue(v.json().path("intact").asBoolean(), nom + " : " + v);
                assertEquals(List.of(), Bases.lignes(nom, "select action, type_agregat, id_agregat, count(*) from journal_audit "
                        + "where id_agregat = any (?) group by action, type_agregat, id_agregat, donnees::text "
                        + "having count(*) > 1", (Object) nosIds.toArray(String[]::new)).stream().map(List::of).toList(),
                        "entrées doublées au journal de " + nom);
                entrees.put(nom, Bases.nombre(nom, "select count(*) from journal_audit where id_agregat = any (?)",
                        (Object) nosIds.toArray(String[]::new)));
            }
            assertTrue(appels.erreursAvecTrace().isEmpty(), "réponses 5xx avec trace : " + appels.erreursAvecTrace());

            Remise.afficher("deux répliques de chaque service, une tuée (kill -9) à mi-parcours",
                    "durée " + (System.nanoTime() - t0) / 1_000_000_000 + " s (4 répliques B prêtes en " + demarrage
                            + " ms ; 4 répliques A tuées puis remplacées, prêtes en " + remplacement + " ms)",
                    "client : " + appels.resume(),
                    "essais par réplique : " + repliques.envoisParAdresse(),
                    "bilan du parcours : " + bilan,
                    "après le parcours, événements à courriel : " + apres + ", un courriel chacun",
                    "courriels : " + courriels.envoyes() + " envoyés (dont " + courriels.relances().size()
                            + " relances J1, une par lauréat de phase 1), " + courriels.recus() + " reçus ("
                            + courriels.enDouble() + " en double après un envoi interrompu tracé, les autres une fois)",
                    "webhooks : " + recus + ", un webhook-id chacun (" + redelivrees
                            + " renvoyés après un délai dépassé, jamais plus que tentés)",
                    "échéances : " + echeances.size() + " exigibles une fois chacune, dont " + parLeJob + " par le job planifié",
                    "purge : " + brouillons.size() + " brouillons supprimés, une entrée de journal chacun",
                    "journaux d'audit intacts ; entrées sur ces dossiers : " + entrees);
        } finally {
            for (Thread t : remplacements) {
                t.join(300_000);
            }
            if (abonnement != null) {
                appels.tenace("DELETE", Service.NOTIFICATION, "/api/v1/webhooks/" + abonnement, "partenaire", null, null,
                        Set.of());
            }
            recepteur.stop(0);
            for (InstanceService i : secondes.values()) {
                i.close();
            }
            if (remplacees) {
                // Back to the platform's own settings (the scheduled jobs at their usual periods).
                plateforme.restart(SystemTestPlatform.services().stream().map(Service::moduleName).toList());
            }
            Remise.enEtat(plateforme);
            client.resetClock();
        }
    }

    /** The run's e-mails as counted at the end. */
    record Courriels(List<String> ecarts, List<String> relances, int envoyes, int recus, int enDouble) {
        boolean juste() {
            return ecarts.isEmpty();
        }
    }

    /**
     * Every e-mail to the run's addresses: each event of {@code evenements} has exactly one, sent;
     * every other one is a reminder of the campaign closing soon, {@code relancesAttendues} in all
     * (one per phase-1 lauréat: the reminder's key names the structure); each Message-ID
     * sent is received once (twice only after a send the platform traced as interrupted:
     * {@link Rapprochement#copiesExpliquees}) and nothing else is received.
     */
    private static Courriels courriels(Parcours parcours, String relancee, long relancesAttendues,
                                       Map<String, String> evenements) {
        List<String> ecarts = new ArrayList<>();
        List<String> relances = new ArrayList<>();
        Map<String, Integer> parEvenement = new HashMap<>();
        Set<String> envoyes = new java.util.HashSet<>();
        Map<String, Integer> interrompus = new HashMap<>();
        for (String[] n : Bases.lignes("notification", "select evenement_id, statut, message_id, "
                + Rapprochement.ENVOIS_INTERROMPUS + " "
                + "from notification n where destinataire like ?", "%" + parcours.marqueur + "%")) {
            parEvenement.merge(n[0], 1, Integer::sum);
            if (!"ENVOYEE".equals(n[1])) {
                ecarts.add(n[0] + " en statut " + n[1]);
            } else if (!envoyes.add(n[2])) {
                ecarts.add("Message-ID " + n[2] + " pour deux courriels");
            } else {
                interrompus.put(n[2], Integer.parseInt(n[3]));
            }
            if (n[0].startsWith("relance-cloture:" + relancee + ":")) {
                relances.add(n[0]);
            } else if (!evenements.containsKey(n[0])) {
                ecarts.add("courriel sans événement connu à son origine : " + n[0]);
            }
        }
        evenements.forEach((id, type) -> {
            if (parEvenement.getOrDefault(id, 0) != 1) {
                ecarts.add(type + " " + id + " : " + parEvenement.getOrDefault(id, 0) + " courriels");
            }
        });
        parEvenement.forEach((id, n) -> {
            if (n != 1) {
                ecarts.add(id + " : " + n + " courriels");
            }
        });
        if (relances.size() != relancesAttendues) {
            ecarts.add(relances.size() + " relances au lieu de " + relancesAttendues + " : " + relances);
        }
        Map<String, Integer> recus = new HashMap<>();
        for (PtceClient.Mail m : parcours.appels.client().mails(parcours.marqueur)) {
            recus.merge(m.messageId(), 1, Integer::sum);
        }
        int enDouble = Rapprochement.copiesExpliquees(recus, interrompus, ecarts);
        if (!recus.keySet().equals(envoyes)) {
            Set<String> manquants = new TreeSet<>(envoyes);
            manquants.removeAll(recus.keySet());
            Set<String> enTrop = new TreeSet<>(recus.keySet());
            enTrop.removeAll(envoyes);
            ecarts.add("boîte : non reçus " + manquants + ", reçus sans envoi " + enTrop);
        }
        return new Courriels(ecarts, relances, envoyes.size(), recus.values().stream().mapToInt(Integer::intValue).sum(),
                enDouble);
    }

    /**
     * financement-service's e-mail-worthy events about the run's agreements (id → type), and in
     * {@code echeances} each {@code echeance.exigible} event's instalment.
     */
    private static Map<String, String> evenementsFinancement(String[] candidatures, String[] conventions,
                                                             Map<String, String> echeances) {
        Map<String, String> out = new HashMap<>();
        for (String[] e : Bases.lignes("financement", "select event_id::text, event_type, payload::text from ptce_outbox "
                + "where event_type = any (?) and (aggregate_id = any (?) or aggregate_id = any (?) "
                + "or payload::text like any (?))", Rapprochement.FAITS_AVEC_COURRIEL, candidatures, conventions,
                java.util.Arrays.stream(conventions).map(c -> "%" + c + "%").toArray(String[]::new))) {
            out.put(e[0], e[1]);
            if ("echeance.exigible".equals(e[1])) {
                JsonNode p = lire(e[2]);
                echeances.put(e[0], p.path("echeanceId").asText(p.path("data").path("echeanceId").asText()));
            }
        }
        return out;
    }

    private static JsonNode lire(String json) {
        try {
            return PtceClient.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    /** Runs {@code action} for each service on its own thread and waits for all; the first failure is thrown. */
    private static void enParallele(Service[] services, Action action) throws Exception {
        List<Throwable> echecs = new CopyOnWriteArrayList<>();
        List<Thread> fils = new ArrayList<>();
        for (Service s : services) {
            Thread t = new Thread(() -> {
                try {
                    action.run(s);
                } catch (Throwable e) {
                    echecs.add(e);
                }
            }, "replique-" + s.moduleName());
            t.start();
            fils.add(t);
        }
        for (Thread t : fils) {
            t.join();
        }
        if (!echecs.isEmpty()) {
            AssertionError e = new AssertionError("démarrage des répliques B : " + echecs.get(0), echecs.get(0));
            echecs.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run(Service s) throws Exception;
    }

    /** Starts a replica and waits until it is ready; a start that dies at boot is tried once more. */
    private static InstanceService demarrerPrete(Layout layout, InstanceService.Lancement l, int port, String nom,
                                                 AssertionError precedente) throws Exception {
        InstanceService i = InstanceService.demarrer(layout, l, port, MINUTERIES, nom);
        try {
            i.attendrePrete(Duration.ofMinutes(5));
            return i;
        } catch (AssertionError e) {
            i.close();
            if (precedente != null) {
                e.addSuppressed(precedente);
                throw e;
            }
            System.out.println("Réplique " + nom + " arrêtée au démarrage, relancée une fois : " + e.getMessage());
            return demarrerPrete(layout, l, port, nom, e);
        }
    }

    /** A phase-2 campaign closing in five minutes: every phase-1 lauréat is reminded (J1) once. */
    private static String campagneQuiFermeBientot(Appels appels, Parcours parcours) {
        Instant maintenant = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> c = new HashMap<>(Map.of("code", "REPL-REL-" + parcours.marqueur.hashCode(),
                "libelle", "Relance de clôture " + parcours.marqueur, "phase", "PHASE_2",
                "ouverture", maintenant.minus(1, ChronoUnit.DAYS).toString(),
                "cloture", maintenant.plus(5, ChronoUnit.MINUTES).toString(),
                "maxLaureats", 10, "montantParLaureat", "100000.00", "enveloppe", "1000000.00", "dureeMois", 24));
        c.put("grille", List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial", "poids", 1)));
        Appels.Reponse cree = appels.tenace("POST", Service.CANDIDATURE, "/api/v1/campagnes", "admin1", c, null, Set.of());
        Parcours.exiger(cree, 201);
        String id = cree.json().get("id").asText();
        Parcours.exiger(appels.tenace("POST", Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", "admin1",
                Map.of(), null, Set.of()), 200, 409);
        return id;
    }

    /** The partner's endpoint: answers 204 and keeps every delivery. */
    private static HttpServer recepteur(List<Livraison> livraisons) throws java.io.IOException {
        HttpServer recepteur = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recepteur.createContext("/partenaire", ex -> {
            JsonNode ce = PtceClient.JSON.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            livraisons.add(new Livraison(ex.getRequestHeaders().getFirst("webhook-id"), ce.path("id").asText(),
                    ce.path("type").asText().replaceFirst("^fr\\.gouv\\.ptce\\.", "").replaceFirst("\\.v1$", ""),
                    ce.path("data").path("candidatureId").asText()));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        recepteur.start();
        return recepteur;
    }

    /**
     * Distinct events received per type: a redelivery (same event, after a timeout) is judged by
     * the checks on webhook-ids, not counted here as a second fact.
     */
    private static Map<String, Long> parType(List<Livraison> livraisons, List<String> candidatures) {
        Map<String, Set<String>> evenements = new TreeMap<>();
        for (Livraison l : livraisons) {
            if (candidatures.contains(l.candidature())) {
                evenements.computeIfAbsent(l.type(), k -> new TreeSet<>()).add(l.evenement());
            }
        }
        Map<String, Long> out = new TreeMap<>();
        evenements.forEach((type, ids) -> out.put(type, (long) ids.size()));
        return out;
    }

    /**
     * Sets the business clock of every replica of {@code s} running from {@code instant}, or back to
     * the system time when null: each process has its own clock.
     */
    private static void horloges(PtceClient client, Repliques repliques, Service s, Instant instant) throws Exception {
        String jeton = client.tokenFor("admin1");
        for (String adresse : repliques.de(s)) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(adresse + "/api/v1/horloge"))
                    .header("Authorization", "Bearer " + jeton).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(20));
            if (instant == null) {
                b.DELETE();
            } else {
                b.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        PtceClient.JSON.writeValueAsString(Map.of("instant", instant.toString(), "figee", false))));
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), adresse + " : " + r.body());
        }
    }

    /** {@code lignes} (id, count) whose count is not 1, and the {@code attendus} missing from them. */
    private static Map<String, String> plusDUneFois(List<String[]> lignes, String[] attendus) {
        Map<String, String> ecarts = new TreeMap<>();
        Set<String> vus = new java.util.HashSet<>();
        for (String[] l : lignes) {
            vus.add(l[0]);
            if (!"1".equals(l[1])) {
                ecarts.put(l[0], l[1] + " fois");
            }
        }
        if (attendus != null) {
            for (String a : attendus) {
                if (!vus.contains(a)) {
                    ecarts.put(a, "absent");
                }
            }
        }
        return ecarts;
    }

    private static <T> T attendre(java.util.function.Supplier<T> lecture, java.util.function.Predicate<T> fini,
                                  String quoi) {
        long limite = System.nanoTime() + 180_000_000_000L;
        T derniere = lecture.get();
        while (!fini.test(derniere)) {
            if (System.nanoTime() > limite) {
                throw new AssertionError(quoi + " : non atteint en 180 s ; dernier état " + decrire(derniere));
            }
            Appels.pause(500);
            derniere = lecture.get();
        }
        return derniere;
    }

    private static String decrire(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(e -> e instanceof String[] t ? List.of(t).toString() : String.valueOf(e)).toList().toString();
        }
        return String.valueOf(o);
    }
}

package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The end of the edition as the platform tells it (read back through the API and the mailbox, not
 * from what the demo believes it did): statuses, régions, envelope, mail.
 */
final class Bilan {

    private static final Set<String> EN_COURS = Set.of("DEPOSEE", "EN_INSTRUCTION", "CORRECTIONS_DEMANDEES");

    private final DemoClient client;
    private final PrintStream out;
    private final Edition edition;

    Bilan(DemoClient client, PrintStream out, Edition edition) {
        this.client = client;
        this.out = out;
        this.edition = edition;
    }

    /** Prints the summary and returns its figures. */
    Resultat afficher(long startNanos) {
        List<JsonNode> p1 = candidatures(edition.campagneP1);
        List<JsonNode> p2 = candidatures(edition.campagneP2);
        List<JsonNode> sg = candidatures(edition.sansGrille.campagne);
        // Decisions reach candidature-service through Kafka: wait (bounded) until no file is still pending.
        for (int i = 0; i < 120 && enCours(p1) + enCours(p2) + enCours(sg) > 0; i++) {
            pause(500);
            p1 = candidatures(edition.campagneP1);
            p2 = candidatures(edition.campagneP2);
            sg = candidatures(edition.sansGrille.campagne);
        }
        List<JsonNode> notifications = notifications();
        JsonNode enveloppe = client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + edition.campagneP2 + "/enveloppe",
                "gestionnaire1").expectOk().json();
        List<JsonNode> conventions = client.all(Service.FINANCEMENT, "/api/v1/conventions?campagne=" + edition.campagneP2,
                "gestionnaire1");
        List<JsonNode> reversements = new ArrayList<>();
        conventions.forEach(c -> c.path("reversements").forEach(reversements::add));
        Map<String, Resultat.Agents> agents = agentsParRegion();
        Resultat.Parcours parcours = parcours(p2, conventions);
        Resultat.SansGrille sansGrille = sansGrille(sg);
        Resultat.Session session = session();
        Resultat.LettreMorte lettreMorte = lettreMorte(conventions);

        int courriels = mailbox(notifications.size());
        LimiteEcritures limite = client.limite();
        long secondes = Math.round((System.nanoTime() - startNanos) / 1e9);

        out.println();
        out.printf("PTCE 2023 edition %s played in %d s%n", edition.code, secondes);
        out.println("Applications per status (candidature-service):");
        out.println("  phase 1 (DEMO-" + edition.code + "-P1): " + compter(p1, c -> c.path("statut").asText()));
        out.println("  phase 2 (DEMO-" + edition.code + "-P2): " + compter(p2, c -> c.path("statut").asText()));
        if (enCours(p1) + enCours(p2) + enCours(sg) > 0) {
            out.println("  (some decisions had not yet reached candidature-service: run the summary's calls again later)");
        }
        out.println("Per région: phase-1 files / phase-1 lauréats / phase-2 files / phase-2 lauréats; who instructed and"
                + " evaluated them (evaluation-service)");
        Map<String, int[]> regions = new TreeMap<>(java.text.Collator.getInstance(Locale.FRANCE));
        compterParRegion(regions, p1, 0);
        compterParRegion(regions, p2, 2);
        regions.forEach((r, n) -> {
            Resultat.Agents a = agents.get(r);
            out.printf("  %-28s %4d %4d %4d %4d   %s%n", r, n[0], n[1], n[2], n[3], a == null ? ""
                    : "instructed by " + String.join(", ", a.instructeurs()) + "; evaluated by " + String.join(", ", a.evaluateurs()));
        });
        BigDecimal total = montant(enveloppe, "total");
        BigDecimal engage = montant(enveloppe, "engage");
        BigDecimal paye = montant(enveloppe, "paye");
        BigDecimal disponible = montant(enveloppe, "disponible");
        out.printf("Envelope of phase 2: total %s, committed %s, paid %s, available %s (total = committed + available: %s;"
                        + " paid ≤ committed: %s)%n", euros(enveloppe, "total"), euros(enveloppe, "engage"), euros(enveloppe, "paye"),
                euros(enveloppe, "disponible"), total.compareTo(engage.add(disponible)) == 0 ? "yes" : "NO",
                paye.compareTo(engage) <= 0 ? "yes" : "NO");
        out.printf("  clawbacks: still owed %s, recovered %s, net paid %s%n", euros(enveloppe, "reversementsDemandes"),
                euros(enveloppe, "recouvre"), euros(enveloppe, "payeNet"));
        out.println("Agreements (financement-service): " + compter(conventions, c -> c.path("statut").asText())
                + "; clawbacks: " + (reversements.isEmpty() ? "none" : compter(reversements, r -> r.path("statut").asText())));
        afficherParcours(parcours, conventions);
        afficherAutresHistoires(sansGrille, session, lettreMorte);
        out.println("E-mails to this edition's contacts (notification-service): " + notifications.size() + " — "
                + compter(notifications, n -> n.path("modele").asText()));
        long purges = notifications.stream().filter(n -> n.path("destinataire").asText().startsWith("sha256:")).count();
        out.println("  by status: " + compter(notifications, n -> n.path("statut").asText())
                + "; in the mailbox (SMTP server): " + courriels
                + (purges == 0 ? "" : "; " + purges + " already past their retention on the demo's clock (body emptied, recipient kept as its SHA-256)"));
        out.println("Write limit of the services (per account): " + (limite.reponses429() == 0 ? "never reached"
                : limite.reponses429() + " answers 429, " + limite.pauses() + " pauses of " + limite.secondesDePause()
                        + " s in all, each followed as its Retry-After said (" + limite.dernierMotif() + ")"));
        out.println();
        out.println("Where to look:");
        for (Service s : Service.values()) {
            out.printf("  Swagger UI %-21s %s/q/swagger-ui%n", s.moduleName(), client.url(s));
        }
        out.println("  Mailbox (the e-mails as sent)    http://localhost:" + client.ports().mailbox() + "/");
        out.println("  Notifications (proof of sending) GET " + client.url(Service.NOTIFICATION) + "/api/v1/notifications   (admin1)");
        out.println("  Keycloak (realm ptce)            http://localhost:" + client.ports().keycloak()
                + "/admin/master/console/#/ptce   (admin / admin); API users porteur1, instructeur1, instructeur-bretagne, evaluateur-occitanie, comite1,"
                + " gestionnaire1… (password = user name)");
        out.println("  This edition's applications      GET " + client.url(Service.CANDIDATURE)
                + "/api/v1/candidatures?campagne=" + edition.campagneP1 + "  (and ?campagne=" + edition.campagneP2 + ")");
        out.println("  Phase-2 ranking                  GET " + client.url(Service.EVALUATION)
                + "/api/v1/campagnes/" + edition.campagneP2 + "/classement");
        out.println("  Envelope                         GET " + client.url(Service.FINANCEMENT)
                + "/api/v1/campagnes/" + edition.campagneP2 + "/enveloppe");
        return new Resultat(edition.code, edition.taille, secondes, compte(p1, c -> c.path("statut").asText()),
                compte(p2, c -> c.path("statut").asText()), compte(conventions, c -> c.path("statut").asText()),
                total, engage, paye, disponible, compte(reversements, r -> r.path("statut").asText()),
                montant(enveloppe, "reversementsDemandes"), montant(enveloppe, "recouvre"), notifications.size(),
                compte(notifications, n -> n.path("statut").asText()), compte(notifications, n -> n.path("modele").asText()),
                courriels, agents, parcours, sansGrille, session, lettreMorte, limite.reponses429(), limite.pauses(), limite.secondesDePause(), limite.dernierMotif());
    }

    /**
     * Per région, the files of both phases and who handled them, as evaluation-service recorded it:
     * the instructeur of each file (its list) and the evaluators assigned to it (each file's detail).
     */
    private Map<String, Resultat.Agents> agentsParRegion() {
        Map<String, Resultat.Agents> agents = new TreeMap<>(java.text.Collator.getInstance(Locale.FRANCE));
        for (String campagne : List.of(edition.campagneP1, edition.campagneP2)) {
            for (JsonNode i : client.all(Service.EVALUATION, "/api/v1/instructions?campagne=" + campagne, "instructeur1")) {
                Resultat.Agents a = agents.computeIfAbsent(i.path("region").asText("?"),
                        r -> new Resultat.Agents(0, new TreeSet<>(), new TreeSet<>()));
                if (!i.path("instructeur").asText("").isEmpty()) {
                    a.instructeurs().add(i.path("instructeur").asText());
                }
                JsonNode detail = client.get(Service.EVALUATION, "/api/v1/instructions/" + i.path("candidatureId").asText(),
                        "instructeur1").expectOk().json();
                detail.path("evaluateurs").forEach(e -> a.evaluateurs().add(e.path("evaluateurNom").asText()));
                agents.put(i.path("region").asText("?"), new Resultat.Agents(a.dossiers() + 1, a.instructeurs(), a.evaluateurs()));
            }
        }
        return agents;
    }

    /** Where each story off the designed path ended, read back from candidature- and financement-service. */
    private Resultat.Parcours parcours(List<JsonNode> p2, List<JsonNode> conventions) {
        Histoires h = edition.histoires;
        if (h == null) {
            return null;
        }
        return new Resultat.Parcours(statut(p2, h.candidatureDesistee), statut(conventions, h.conventionResiliee),
                statutReversement(conventions, h.reversementDesistement), statut(p2, h.candidaturePromue),
                statut(conventions, h.conventionPromue), h.nonRetenusALaCloture,
                rapport(conventions, h, "ACTIVITE_ANNEE_1"),
                statut(conventions, h.conventionSoldee), statutReversement(conventions, h.reversementControle));
    }

    private void afficherParcours(Resultat.Parcours p, List<JsonNode> conventions) {
        Histoires h = edition.histoires;
        if (p == null) {
            return;
        }
        out.println("Off the designed path (statuses as the services tell them):");
        out.printf("  withdrawal after signature: file %s %s, its agreement %s (%s justified, clawback %s); file %s promoted"
                        + " from the waiting list: %s, new agreement %s%n", numero(conventions, h.conventionResiliee), p.desistee(),
                p.conventionDesistee(), "€" + String.format(Locale.ROOT, "%,d", Histoires.DEPENSES_JUSTIFIEES_DESISTE),
                p.reversementDesistement(), numero(conventions, h.conventionPromue), p.promue(), p.conventionPromue());
        out.printf("  waiting list closed (cloture-selection): %d file(s) not retained, each told by e-mail%n", p.nonRetenusALaCloture());
        if (p.conventionSoldee() != null) {
            out.printf("  agreement %s: year-1 report rejected then approved (%s), agreement %s; final-control clawback of %s: %s%n",
                    numero(conventions, h.conventionSoldee), p.rapportAnnee1(), p.conventionSoldee(),
                    "€" + String.format(Locale.ROOT, "%,d", Histoires.REVERSEMENT_CONTROLE_FINAL), p.reversementControle());
        }
    }

    /** The call without a grid: its applications per status, and the evaluators evaluation-service shows on its files. */
    private Resultat.SansGrille sansGrille(List<JsonNode> candidatures) {
        CampagneSansGrille sg = edition.sansGrille;
        int evaluateurs = 0;
        for (JsonNode i : sg.instructions()) {
            evaluateurs += client.get(Service.EVALUATION, "/api/v1/instructions/" + i.path("candidatureId").asText(), "instructeur1")
                    .expectOk().json().path("evaluateurs").size();
        }
        return new Resultat.SansGrille(sg.code(), compte(candidatures, c -> c.path("statut").asText()), evaluateurs,
                sg.affectationsRefusees);
    }

    /** The one-seat session as candidature-service holds it: registrations in order of arrival, seats left. */
    private Resultat.Session session() {
        SessionComplete s = edition.session;
        if (s == null || s.offre == null) {
            return null;
        }
        List<String> inscriptions = new ArrayList<>();
        client.get(Service.CANDIDATURE, "/api/v1/offres/" + s.offre + "/inscriptions", "admin1").expectOk().json()
                .forEach(i -> inscriptions.add(i.path("statut").asText()));
        JsonNode offre = client.get(Service.CANDIDATURE, "/api/v1/offres/" + s.offre, "admin1").expectOk().json();
        return new Resultat.Session(s.titre, offre.path("capacite").asInt(), inscriptions, offre.path("placesRestantes").asInt());
    }

    /**
     * The provoked dead letter as financement-service lists it now, the promoted file's agreements, and
     * the dead letters about this edition (its campaigns, its session) still waiting in any service.
     */
    private Resultat.LettreMorte lettreMorte(List<JsonNode> conventions) {
        Histoires h = edition.histoires;
        if (h == null || h.lettreMorte == null || h.lettreMorte.id == null) {
            return null;
        }
        JsonNode lettre = client.all(Service.FINANCEMENT, "/api/v1/admin/lettres-mortes?statut=REJOUEE", "admin1").stream()
                .filter(l -> h.lettreMorte.id.equals(l.path("id").asText())).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        long promues = conventions.stream().filter(c -> h.candidaturePromue.equals(c.path("candidatureId").asText())).count();
        List<String> marques = new ArrayList<>(List.of(edition.campagneP1, edition.campagneP2, edition.sansGrille.campagne));
        if (edition.session != null && edition.session.offre != null) {
            marques.add(edition.session.offre);
        }
        long restantes = 0;
        for (Service s : Service.values()) {
            restantes += client.all(s, "/api/v1/admin/lettres-mortes?statut=EN_ATTENTE", "admin1").stream()
                    .filter(l -> marques.stream().anyMatch(l.path("charge").toString()::contains)).count();
        }
        return new Resultat.LettreMorte(lettre.path("fait").asText(null), lettre.path("tentatives").asInt(),
                lettre.path("erreur").asText(null), lettre.path("statut").asText(null), LettreMorteRejouee.REJEUX, promues, restantes);
    }

    private void afficherAutresHistoires(Resultat.SansGrille sg, Resultat.Session session, Resultat.LettreMorte lm) {
        out.printf("  phase-1 call without a scoring grid (%s), decided on the instruction alone: %s; %d evaluator(s) assigned,"
                        + " %d assignment(s) refused (HTTP 409 %s)%n", sg.code(), compter(sg.statuts()), sg.evaluateursAffectes(),
                sg.affectationsRefusees(), CampagneSansGrille.REFUS);
        if (session != null) {
            out.printf("  session « %s » of %d seat(s): registrations in order of arrival %s (the waiting one got the freed seat),"
                    + " %d seat(s) left%n", session.titre(), session.capacite(), String.join(" → ", session.inscriptions()),
                    session.placesRestantes());
        }
        if (lm != null) {
            out.printf("  dead letter — %s (a trigger on financement-service's convention table, removed): %s set aside after %d"
                            + " attempt(s), seen in GET /api/v1/admin/lettres-mortes, replayed %d times: %s; %d agreement(s) for the"
                            + " promoted file; dead letters about this edition left in the four services: %d%n",
                    PanneProvoquee.MOTIF, lm.fait(), lm.tentatives(), lm.rejeux(), lm.statut(), lm.conventionsDuDossierPromu(),
                    lm.restantes());
        }
    }

    private static String rapport(List<JsonNode> conventions, Histoires h, String type) {
        for (JsonNode r : element(conventions, h.conventionSoldee).path("rapports")) {
            if (type.equals(r.path("type").asText())) {
                return r.path("statut").asText();
            }
        }
        return null;
    }

    private static String statutReversement(List<JsonNode> conventions, String id) {
        for (JsonNode c : conventions) {
            for (JsonNode r : c.path("reversements")) {
                if (r.path("id").asText().equals(id)) {
                    return r.path("statut").asText();
                }
            }
        }
        return null;
    }

    /** The status of the element of {@code items} whose id is {@code id}; null if none. */
    private static String statut(List<JsonNode> items, String id) {
        JsonNode e = element(items, id);
        return e.isMissingNode() ? null : e.path("statut").asText();
    }

    private static String numero(List<JsonNode> conventions, String id) {
        return element(conventions, id).path("numero").asText("?");
    }

    private static JsonNode element(List<JsonNode> items, String id) {
        return items.stream().filter(i -> id != null && id.equals(i.path("id").asText())).findFirst()
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static Map<String, Long> compte(List<JsonNode> items, Function<JsonNode, String> cle) {
        return items.stream().collect(Collectors.groupingBy(cle, TreeMap::new, Collectors.counting()));
    }

    private static BigDecimal montant(JsonNode json, String field) {
        return new BigDecimal(json.path(field).asText("0"));
    }

    private List<JsonNode> candidatures(String campagne) {
        return client.all(Service.CANDIDATURE, "/api/v1/candidatures?campagne=" + campagne, "admin1");
    }

    private static long enCours(List<JsonNode> candidatures) {
        return candidatures.stream().filter(c -> EN_COURS.contains(c.path("statut").asText())).count();
    }

    private static void compterParRegion(Map<String, int[]> regions, List<JsonNode> candidatures, int colonne) {
        for (JsonNode c : candidatures) {
            if ("BROUILLON".equals(c.path("statut").asText())) {
                continue;
            }
            int[] n = regions.computeIfAbsent(c.path("region").asText("?"), r -> new int[4]);
            n[colonne]++;
            if ("ACCEPTEE".equals(c.path("statut").asText())) {
                n[colonne + 1]++;
            }
        }
    }

    private static String compter(List<JsonNode> items, Function<JsonNode, String> cle) {
        return compter(compte(items, cle));
    }

    private static String compter(Map<String, Long> compte) {
        return compte.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * The notifications of this edition's contacts as notification-service records them (its proof of
     * notification: template, status, SMTP message id), once their number stops growing — they are
     * produced from Kafka events, after the calls that caused them have answered.
     */
    private List<JsonNode> notifications() {
        Set<String> destinataires = destinataires();
        List<JsonNode> last = List.of();
        int stable = 0;
        for (int i = 0; i < 240 && stable < 6; i++) {
            List<JsonNode> now = client.all(Service.NOTIFICATION, "/api/v1/notifications", "admin1").stream()
                    .filter(n -> destinataires.contains(n.path("destinataire").asText())).toList();
            boolean pending = now.stream().anyMatch(n -> !"ENVOYEE".equals(n.path("statut").asText()));
            stable = now.size() == last.size() && !pending ? stable + 1 : 0;
            last = now;
            pause(500);
        }
        return last;
    }

    /**
     * This edition's contact addresses (the call without a grid's included), and the form
     * notification-service gives each once the e-mail is past its retention period
     * (docs/DONNEES-PERSONNELLES.md: {@code sha256:} and the hex SHA-256 of the lower-cased address). The demo's clock spans nine months of 2023, so the purge, when it runs
     * during the demo, legitimately empties the spring's e-mails: they are still this edition's.
     */
    private Set<String> destinataires() {
        Set<String> connus = new HashSet<>();
        for (Pole p : java.util.stream.Stream.concat(edition.poles.stream(), edition.sansGrille.poles.stream()).toList()) {
            connus.add(p.email());
            connus.add(empreinte(p.email()));
        }
        return connus;
    }

    static String empreinte(String adresse) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(adresse.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How many mails to this edition's contacts the SMTP server holds (waits a little for the last ones). */
    private int mailbox(int attendus) {
        String marque = "contact-" + edition.code + "-";
        int n = 0;
        for (int i = 0; i < 20; i++) {
            n = 0;
            for (JsonNode m : client.mails()) {
                for (JsonNode to : m.path("to")) {
                    if (to.asText().contains(marque)) {
                        n++;
                        break;
                    }
                }
            }
            if (n >= attendus) {
                break;
            }
            pause(500);
        }
        return n;
    }

    private static String euros(JsonNode json, String field) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return f.format(montant(json, field));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }
}

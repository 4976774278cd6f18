package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A 2023 edition of the call for projects, played through the public API with the demo accounts:
 * phase-1 applications from every région, phase-2 applications (filed while the phase-1 ones are
 * under way, which makes the structures eligible), instruction, two evaluators per file, the two
 * committees, the agreements of the phase-2 lauréats, their signature and first payment; beside
 * them a small phase-1 call without a grid ({@link CampagneSansGrille}) whose lauréats meet a full
 * session ({@link SessionComplete}); then the stories off the designed path ({@link Histoires}).
 * Each edition has its own campaign codes and structures, so editions can follow one another.
 */
final class Edition {

    /** What each phase-2 lauréat is granted (half at signature, half after the year-1 report). */
    static final int MONTANT_PAR_LAUREAT = 100_000;
    /**
     * What the phase-2 envelope holds beyond its lauréats: after a withdrawal, the terminated agreement
     * keeps what was paid to it (half the grant) while the promoted file is granted in full.
     */
    static final int RESERVE_ENVELOPPE = MONTANT_PAR_LAUREAT / 2;
    /** Every n-th phase-1 file that does not go to phase 2 is declared inadmissible (missing signatures…). */
    private static final int IRRECEVABLE_TOUS_LES = 10;
    private static final Duration ATTENTE = Duration.ofSeconds(180);

    final Taille taille;
    final Equipe equipe;
    private final DemoClient client;
    private final PrintStream out;
    private final Parallel parallel;
    final String code;
    final List<Pole> poles;
    /** The poles that also apply to phase 2: the most mature projects. */
    final Set<Pole> phase2 = new LinkedHashSet<>();
    final Set<Pole> irrecevables = new LinkedHashSet<>();
    final Map<Pole, String> candidaturesP1 = new ConcurrentHashMap<>();
    final Map<Pole, String> candidaturesP2 = new ConcurrentHashMap<>();
    String campagneP1;
    String campagneP2;
    /** The phase-2 lauréats' applications, best ranked first, as the committee designated them. */
    final List<String> laureatsP2 = new ArrayList<>();
    /** The stories off the designed path, played after the agreements; null until then. */
    Histoires histoires;
    /** The small phase-1 call without a scoring grid, beside the edition, and its lauréats' full session. */
    final CampagneSansGrille sansGrille;
    SessionComplete session;

    Edition(DemoClient client, PrintStream out, Parallel parallel, String code, Taille taille) {
        this.client = client;
        this.out = out;
        this.parallel = parallel;
        this.code = code;
        this.taille = taille;
        this.equipe = new Equipe(taille);
        this.poles = Pole.generer(code, taille.phase1(), code.hashCode(), taille.comptes("porteur"));
        this.sansGrille = new CampagneSansGrille(client, out, this);
        poles.stream().sorted(Comparator.comparingDouble(Pole::qualite).reversed()).limit(taille.phase2()).forEach(phase2::add);
        int n = 0;
        for (Pole p : poles) {
            if (!phase2.contains(p) && ++n % IRRECEVABLE_TOUS_LES == 0) {
                irrecevables.add(p);
            }
        }
    }

    void jouer() {
        horloge("2023-03-01T08:00:00Z", "1 March 2023: the phase-1 call is open all year");
        publierCampagnes();
        sansGrille.publierEtDeposer();
        parallel.each("phase-1 applications filed (" + Pole.COMMUNES.size() + " communes)", poles,
                p -> candidaturesP1.put(p, deposer(p, campagneP1)));
        horloge("2023-06-15T08:00:00Z", "15 June 2023: phase 2 is open until 31 July 12:00 (Paris)");
        parallel.each("phase-2 applications filed", List.copyOf(phase2), p -> candidaturesP2.put(p, deposer(p, campagneP2)));
        refusAMidi();

        horloge("2023-08-28T07:00:00Z", "28 August 2023: instruction and evaluation of the files");
        attendreDossiers(campagneP1, taille.phase1());
        attendreDossiers(campagneP2, taille.phase2());
        // The files, numbered: file n of a région without its own agents is handled by instructeur
        // (n mod instructeurs) and the evaluator pair (n mod pairs), so that every national account
        // writes about as much as the others; the régions' own agents take their région's files.
        Map<String, String> regions = regionsDesDossiers();
        List<Dossier> dossiers = new ArrayList<>();
        candidaturesP1.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().rang()))
                .forEach(e -> dossiers.add(new Dossier(dossiers.size(), e.getKey(), e.getValue(),
                        !irrecevables.contains(e.getKey()), regions.get(e.getValue()))));
        candidaturesP2.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().rang()))
                .forEach(e -> dossiers.add(new Dossier(dossiers.size(), e.getKey(), e.getValue(), true, regions.get(e.getValue()))));
        parallel.each("files instructed by " + equipe.instructeursDecrits() + " (" + irrecevables.size() + " inadmissible)", dossiers,
                d -> instruire(d, equipe.instructeur(d.numero(), d.region())));
        List<Dossier> recevables = dossiers.stream().filter(Dossier::recevable).toList();
        // The instructeur picks the evaluators in the directory (GET /api/v1/evaluateurs, read by
        // evaluation-service from Keycloak): a demo account's address is <username>@demo.ptce.fr.
        Map<String, String> subs = new HashMap<>();
        Map<String, String> parCourriel = new HashMap<>();
        client.all(Service.EVALUATION, "/api/v1/evaluateurs", equipe.instructeur(0, null))
                .forEach(e -> parCourriel.put(e.path("email").asText(), e.path("sub").asText()));
        for (String u : equipe.tousLesEvaluateurs()) {
            String sub = parCourriel.get(u + "@demo.ptce.fr");
            if (sub == null) {
                throw new DemoException("the directory of evaluators does not list " + u + ": " + parCourriel.keySet());
            }
            subs.put(u, sub);
        }
        parallel.each("evaluations by " + equipe.evaluateursDecrits() + ", two per file", recevables, d -> {
            String instructeur = equipe.instructeur(d.numero(), d.region());
            List<String> paire = equipe.evaluateurs(d.numero(), d.region());
            for (int i = 0; i < paire.size(); i++) {
                String evaluateur = paire.get(i);
                String id = client.post(Service.EVALUATION, "/api/v1/instructions/" + d.candidature() + "/evaluateurs", instructeur,
                        Map.of("evaluateurSub", subs.get(evaluateur))).expectOk().json().get("id").asText();
                evaluer(evaluateur, id, d.pole().note(i));
            }
        });

        sansGrille.instruire();

        horloge("2023-09-05T08:00:00Z", "5 September 2023: phase-1 committees");
        sansGrille.decider();
        comitePhase1();
        session = new SessionComplete(client, out, this);
        session.jouer(sansGrille.laureats().get(0), sansGrille.laureats().get(1));
        horloge("2023-09-14T08:00:00Z", "14 September 2023: phase-2 committee");
        comitePhase2();
        horloge("2023-11-15T09:00:00Z", "15 November 2023: the agreements are signed");
        conventions();
        histoires = new Histoires(client, out, this);
        histoires.jouer();
    }

    private void publierCampagnes() {
        List<Map<String, Object>> grille = List.of(
                Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial et coopération", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2),
                Map.of("code", "IMPACT", "libelle", "Impact social et emplois", "poids", 2));
        int laureats = taille.laureatsPhase2();
        campagneP1 = publier(Map.of("code", "DEMO-" + code + "-P1", "libelle", "AMI PTCE émergents 2023 (démo " + code + ")",
                "phase", "PHASE_1", "ouverture", "2023-01-01T00:00:00+01:00", "cloture", "2023-12-31T00:00:00+01:00",
                "grille", grille));
        Map<String, Object> p2 = new HashMap<>(Map.of("code", "DEMO-" + code + "-P2",
                "libelle", "AMI PTCE phase 2 — 2023 (démo " + code + ")", "phase", "PHASE_2",
                "ouverture", "2023-06-01T00:00:00+02:00", "cloture", "2023-07-31T12:00:00+02:00",
                "maxLaureats", laureats, "montantParLaureat", MONTANT_PAR_LAUREAT + ".00",
                "enveloppe", enveloppe() + ".00", "dureeMois", 24));
        p2.put("grille", grille);
        campagneP2 = publier(p2);
        attendre("the phase-2 envelope in financement-service", () -> client.get(Service.FINANCEMENT,
                "/api/v1/campagnes/" + campagneP2 + "/enveloppe", "gestionnaire1"), a -> a.status() == 200);
        out.printf(java.util.Locale.ROOT, "  ✓ campaigns published: DEMO-%s-P1 (phase 1) and DEMO-%s-P2 (phase 2: %d lauréats"
                + " × €%,d, envelope €%,d with a reserve of €%,d for a withdrawal, 24 months)%n", code, code, laureats,
                MONTANT_PAR_LAUREAT, enveloppe(), RESERVE_ENVELOPPE);
    }

    /** The phase-2 envelope: every lauréat's grant and the reserve. */
    long enveloppe() {
        return (long) taille.laureatsPhase2() * MONTANT_PAR_LAUREAT + RESERVE_ENVELOPPE;
    }

    String publier(Map<String, Object> campagne) {
        String id = client.post(Service.CANDIDATURE, "/api/v1/campagnes", "admin1", campagne).expectOk().json().get("id").asText();
        client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", "admin1", Map.of()).expectOk();
        return id;
    }

    /** Draft, content, the two mandatory attachments, submission: the application's id. */
    String deposer(Pole p, String campagne) {
        String id = brouillon(p, campagne);
        client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", p.porteur(), Map.of()).expectOk();
        return id;
    }

    private String brouillon(Pole p, String campagne) {
        String id = client.post(Service.CANDIDATURE, "/api/v1/candidatures", p.porteur(), Map.of("campagneId", campagne))
                .expectOk().json().get("id").asText();
        client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + id, p.porteur(), p.contenu(code)).expectOk();
        client.upload(p.porteur(), id, "STATUTS");
        client.upload(p.porteur(), id, "BUDGET");
        return id;
    }

    /** A late phase-2 submission, at 12:00:00 on 31 July (Paris), is refused: the deadline is to the second. */
    private void refusAMidi() {
        Pole tardif = poles.stream().filter(p -> !phase2.contains(p) && !irrecevables.contains(p)).findFirst().orElseThrow();
        String id = brouillon(tardif, campagneP2);
        horlogeFigee("2023-07-31T10:00:00Z");
        DemoClient.Answer late = client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", tardif.porteur(), Map.of());
        if (late.status() != 409) {
            throw new DemoException("a phase-2 submission at 12:00:00 on 31 July should be refused (409): " + late.request()
                    + " → HTTP " + late.status() + " " + late.body());
        }
        out.println("  ✓ a phase-2 submission at 12:00:00 on 31 July is refused (HTTP 409); the draft stays a draft");
    }

    private void attendreDossiers(String campagne, int attendus) {
        long start = System.nanoTime();
        attendre(attendus + " files in evaluation-service", () -> null, ignored ->
                client.all(Service.EVALUATION, "/api/v1/instructions?campagne=" + campagne, "instructeur1").size() >= attendus);
        out.printf("  ✓ %d files received by evaluation-service (%.1f s)%n", attendus, (System.nanoTime() - start) / 1e9);
    }

    /**
     * A file of the edition as the instruction sees it; {@code numero} spreads the work over the
     * national accounts, {@code region} (as evaluation-service names it) gives it to its région's own.
     */
    private record Dossier(int numero, Pole pole, String candidature, boolean recevable, String region) {
    }

    /** Each file's région (candidature id → région), as evaluation-service received it with the file. */
    private Map<String, String> regionsDesDossiers() {
        Map<String, String> regions = new HashMap<>();
        for (String campagne : List.of(campagneP1, campagneP2)) {
            client.all(Service.EVALUATION, "/api/v1/instructions?campagne=" + campagne, "instructeur1")
                    .forEach(i -> regions.put(i.path("candidatureId").asText(), i.path("region").asText("")));
        }
        return regions;
    }

    /** "instructeur1…instructeur4", or "instructeur1" alone. */
    private static String comptes(List<String> comptes) {
        return comptes.size() == 1 ? comptes.get(0) : comptes.get(0) + "…" + comptes.get(comptes.size() - 1);
    }

    private void instruire(Dossier d, String instructeur) {
        String base = "/api/v1/instructions/" + d.candidature();
        boolean recevable = d.recevable();
        client.post(Service.EVALUATION, base + "/prise-en-charge", instructeur, Map.of()).expectOk();
        client.post(Service.EVALUATION, base + "/recevabilite", instructeur, Map.of("recevable", recevable,
                "motivation", recevable ? "Dossier complet, partenariat conforme à l'article 9."
                        : "Statuts non signés et budget sans cofinancement identifié.")).expectOk();
    }

    private void evaluer(String evaluateur, String evaluation, String note) {
        String base = "/api/v1/evaluations/" + evaluation;
        client.post(Service.EVALUATION, base + "/declaration-interets", evaluateur, Map.of("conflit", false)).expectOk();
        List<Map<String, Object>> notes = new ArrayList<>();
        for (String critere : List.of("ANCRAGE", "MODELE", "IMPACT")) {
            notes.add(Map.of("critere", critere, "note", note, "commentaire", "Appréciation du critère " + critere));
        }
        client.put(Service.EVALUATION, base, evaluateur, Map.of("notes", notes, "avis", "Avis motivé de " + evaluateur)).expectOk();
        client.post(Service.EVALUATION, base + "/soumission", evaluateur, Map.of()).expectOk();
    }

    /** Phase 1: the phase-2 applicants and the best of the others are lauréats, the rest not selected. */
    private void comitePhase1() {
        List<String> comites = taille.comptes("comite");
        JsonNode classement = client.get(Service.EVALUATION, "/api/v1/campagnes/" + campagneP1 + "/classement", comites.get(0))
                .expectOk().json();
        Set<String> enPhase2 = new java.util.HashSet<>();
        phase2.forEach(p -> enPhase2.add(candidaturesP1.get(p)));
        List<String> ordre = new ArrayList<>();
        classement.path("dossiers").forEach(l -> ordre.add(l.get("candidatureId").asText()));
        Set<String> laureats = new LinkedHashSet<>(enPhase2);
        for (String c : ordre) {
            if (laureats.size() >= taille.laureatsPhase1()) {
                break;
            }
            laureats.add(c);
        }
        parallel.each("phase-1 decisions by " + comptes(comites) + " (" + laureats.size() + " lauréats)", ordre,
                c -> decider(comites.get(ordre.indexOf(c) % comites.size()), campagneP1, c,
                laureats.contains(c) ? "LAUREAT" : "NON_RETENU",
                laureats.contains(c) ? "Coopération territoriale solide ; accompagnement vers la phase 2."
                        : "Partenariat encore trop fragile ; le comité encourage un nouveau dépôt."));
    }

    /** Phase 2: the committee follows the ranking: the lauréats, the waiting list, the others not selected. */
    private void comitePhase2() {
        List<String> comites = taille.comptes("comite");
        JsonNode classement = client.get(Service.EVALUATION, "/api/v1/campagnes/" + campagneP2 + "/classement", comites.get(0))
                .expectOk().json();
        List<String> ordre = new ArrayList<>();
        classement.path("dossiers").forEach(l -> ordre.add(l.get("candidatureId").asText()));
        int laureats = taille.laureatsPhase2();
        int attente = taille.listeAttente();
        if (ordre.size() < laureats) {
            throw new DemoException("phase-2 ranking has " + ordre.size() + " files, expected " + taille.phase2() + ": " + classement);
        }
        laureatsP2.addAll(ordre.subList(0, laureats));
        // Decided one after the other in rank order: the cap of lauréats is checked at each lauréat.
        for (int i = 0; i < ordre.size(); i++) {
            String d = i < laureats ? "LAUREAT" : i < laureats + attente ? "LISTE_ATTENTE" : "NON_RETENU";
            decider(comites.get(i % comites.size()), campagneP2, ordre.get(i), d, switch (d) {
                case "LAUREAT" -> "Projet mature, ancrage fort, modèle économique crédible.";
                case "LISTE_ATTENTE" -> "Projet solide, classé en liste d'attente.";
                default -> "Projet intéressant mais moins avancé que ceux retenus.";
            });
        }
        out.printf("  ✓ phase-2 decisions: %d lauréats, %d on the waiting list, %d not selected%n",
                laureats, Math.min(attente, ordre.size() - laureats), Math.max(0, ordre.size() - laureats - attente));
    }

    private void decider(String comite, String campagne, String candidature, String decision, String motivation) {
        client.post(Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions", comite,
                Map.of("candidatureId", candidature, "decision", decision, "motivation", motivation)).expectOk();
    }

    /** The agreements created by the phase-2 lauréat events: signed, first instalment paid. */
    private void conventions() {
        String g = "gestionnaire1";
        String liste = "/api/v1/conventions?campagne=" + campagneP2;
        attendre(taille.laureatsPhase2() + " agreements in financement-service", () -> null,
                ignored -> client.all(Service.FINANCEMENT, liste, g).size() >= taille.laureatsPhase2());
        List<JsonNode> conventions = client.all(Service.FINANCEMENT, liste, g);
        out.println("  ✓ " + conventions.size() + " agreements created by financement-service (€50,000 at signature + €50,000 after the year-1 report)");
        parallel.each("agreements signed", conventions, c -> client.post(Service.FINANCEMENT,
                "/api/v1/conventions/" + c.get("id").asText() + "/signature", g, Map.of("dateSignature", "2023-11-15")).expectOk());
        attendre("first instalments payable", () -> null, ignored -> client.all(Service.FINANCEMENT, liste, g).stream()
                .allMatch(c -> "EXIGIBLE".equals(c.path("echeances").path(0).path("statut").asText())));
        horloge("2023-11-30T09:00:00Z", "30 November 2023: the first instalments are paid");
        List<JsonNode> signees = client.all(Service.FINANCEMENT, liste, g);
        List<String> echeances = signees.stream().map(c -> c.path("echeances").path(0).get("id").asText()).toList();
        parallel.each("first instalments paid", echeances, e -> {
            client.post(Service.FINANCEMENT, "/api/v1/echeances/" + e + "/mise-en-paiement", g, Map.of()).expectOk();
            client.post(Service.FINANCEMENT, "/api/v1/echeances/" + e + "/paiement", g,
                    Map.of("reference", "DGFIP-" + code + "-" + e.substring(0, 8), "datePaiement", "2023-11-30")).expectOk();
        });
    }

    void horloge(String instant, String story) {
        reglerHorloges(instant, false);
        out.println("  ⏱ " + story);
    }

    private void horlogeFigee(String instant) {
        reglerHorloges(instant, true);
    }

    private void reglerHorloges(String instant, boolean figee) {
        for (Service s : Service.values()) {
            client.put(s, "/api/v1/horloge", "admin1", Map.of("instant", Instant.parse(instant).toString(), "figee", figee)).expectOk();
        }
    }

    /** Polls {@code call} every half second until {@code done}; the last answer is in the error. */
    DemoClient.Answer attendre(String what, Supplier<DemoClient.Answer> call, Predicate<DemoClient.Answer> done) {
        long deadline = System.nanoTime() + ATTENTE.toNanos();
        DemoClient.Answer last = null;
        while (true) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException("still waiting for " + what + " after " + ATTENTE.toSeconds() + " s"
                        + (last == null ? "" : "; last answer: " + last.request() + " → HTTP " + last.status() + " " + last.body()));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted while waiting for " + what, e);
            }
        }
    }
}

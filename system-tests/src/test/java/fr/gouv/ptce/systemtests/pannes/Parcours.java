package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.systemtests.support.Multipart;

import fr.gouv.ptce.systemtests.support.Sirets;
import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PtceClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dossier's whole life through the API, every step retried as a front end would: submission
 * (draft, content, two documents, deposit), instruction (taken, admissible, two evaluators who
 * score), committee decision; a phase-1 lauréat then applies to phase 2 and is selected, which
 * makes financement-service create its agreement. Each fault test has its own two campaigns and its
 * own e-mail domain, so that its reconciliation looks at its own data only.
 */
final class Parcours {

    /** What a fault test's stream does with each dossier. */
    enum Profondeur { DEPOT, DECISIONS }


    final Appels appels;
    final String marqueur;
    final String phase1;
    final String phase2;
    final AtomicInteger deposees = new AtomicInteger();
    final AtomicInteger decisions = new AtomicInteger();
    final AtomicInteger laureatsPhase2 = new AtomicInteger();
    private final AtomicInteger numero = new AtomicInteger();

    private Parcours(Appels appels, String marqueur, String phase1, String phase2) {
        this.appels = appels;
        this.marqueur = marqueur;
        this.phase1 = phase1;
        this.phase2 = phase2;
    }

    /** Publishes a phase-1 and a phase-2 campaign open now, for this test only. */
    static Parcours nouvelles(PtceClient client, String nom) {
        client.resetClock();
        return nouvelles(new Appels(client), nom);
    }

    /** The same, with calls made through {@code appels} (to replicas, for instance); clocks left as they are. */
    static Parcours nouvelles(Appels appels, String nom) {
        String run = nom + Long.toString(System.currentTimeMillis() % 10_000_000, 36);
        String p1 = publier(appels, new HashMap<>(Map.of("code", "PANNE-P1-" + run, "libelle", "Essai de panne " + run,
                "phase", "PHASE_1", "ouverture", "2026-01-01T00:00:00+01:00", "cloture", "2030-12-31T00:00:00+01:00",
                "grille", grille())));
        Map<String, Object> c2 = new HashMap<>(Map.of("code", "PANNE-P2-" + run, "libelle", "Essai de panne phase 2 " + run,
                "phase", "PHASE_2", "ouverture", "2026-01-01T00:00:00+01:00", "cloture", "2030-12-31T00:00:00+01:00",
                "maxLaureats", 100, "montantParLaureat", "100000.00", "enveloppe", "10000000.00", "dureeMois", 24));
        c2.put("grille", grille());
        String p2 = publier(appels, c2);
        // The envelope reaches financement-service through campagne.publiee.
        long limite = System.nanoTime() + 60_000_000_000L;
        while (appels.get(Service.FINANCEMENT, "/api/v1/campagnes/" + p2 + "/enveloppe", "gestionnaire1").status() != 200) {
            if (System.nanoTime() > limite) {
                throw new AssertionError("l'enveloppe de la campagne " + p2 + " n'est pas arrivée");
            }
            Appels.pause(300);
        }
        return new Parcours(appels, "@" + run.toLowerCase() + ".pannes.test", p1, p2);
    }

    private static String publier(Appels appels, Map<String, Object> campagne) {
        Appels.Reponse cree = appels.tenace("POST", Service.CANDIDATURE, "/api/v1/campagnes", "admin1", campagne,
                null, Set.of());
        if (cree.status() != 201) {
            throw new AssertionError("campagne refusée : " + cree);
        }
        String id = cree.json().get("id").asText();
        exiger(appels.tenace("POST", Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", "admin1", Map.of(),
                null, Set.of()), 200, 409);
        return id;
    }

    /** One dossier of the stream; returns the ids of the applications it submitted. */
    List<String> unDossier(Profondeur profondeur) {
        int n = numero.incrementAndGet();
        String porteur = n % 2 == 0 ? "porteur1" : "porteur2";
        String siret = Sirets.nouveau();
        String email = "contact-" + n + marqueur;
        List<String> soumises = new ArrayList<>();
        String c1 = deposer(porteur, phase1, siret, "Pôle " + n + " " + marqueur.substring(1), email);
        soumises.add(c1);
        if (profondeur == Profondeur.DEPOT) {
            return soumises;
        }
        boolean laureat = n % 2 == 0;
        instruireEtDecider(phase1, c1, laureat ? "LAUREAT" : "NON_RETENU");
        if (laureat) {
            attendre(() -> appels.get(Service.CANDIDATURE, "/api/v1/structures/" + siret + "/eligibilite", porteur),
                    r -> r.status() == 200 && r.json().path("eligible").asBoolean(), "éligibilité de " + siret);
            String c2 = deposer(porteur, phase2, siret, "Pôle " + n + " " + marqueur.substring(1), email);
            soumises.add(c2);
            instruireEtDecider(phase2, c2, "LAUREAT");
            laureatsPhase2.incrementAndGet();
        }
        return soumises;
    }

    String deposer(String porteur, String campagne, String siret, String raisonSociale, String email) {
        Appels.Reponse brouillon = appels.tenace("POST", Service.CANDIDATURE, "/api/v1/candidatures", porteur,
                Map.of("campagneId", campagne), Appels.nouvelleCle(), Set.of());
        exiger(brouillon, 201);
        String id = brouillon.json().get("id").asText();
        exiger(appels.tenace("PUT", Service.CANDIDATURE, "/api/v1/candidatures/" + id, porteur,
                contenu(siret, raisonSociale, email), null, Set.of()), 200);
        for (String type : List.of("STATUTS", "BUDGET")) {
            exiger(appels.tenace("POST", Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/pieces", porteur,
                    Multipart.piece(type), null, Set.of()), 201);
        }
        Appels.Reponse depot = appels.tenace("POST", Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot",
                porteur, Map.of(), Appels.nouvelleCle(), Set.of());
        exiger(depot, 200);
        deposees.incrementAndGet();
        return id;
    }

    private void instruireEtDecider(String campagne, String candidature, String decision) {
        String chemin = "/api/v1/instructions/" + candidature;
        attendre(() -> appels.get(Service.EVALUATION, chemin, "instructeur1"), r -> r.status() == 200,
                "instruction de " + candidature);
        // 409 after a retry: the first attempt went through before the answer was lost.
        exiger(appels.tenace("POST", Service.EVALUATION, chemin + "/prise-en-charge", "instructeur1", Map.of(),
                null, Set.of()), 200, 409);
        exiger(appels.tenace("POST", Service.EVALUATION, chemin + "/recevabilite", "instructeur1",
                Map.of("recevable", true, "motivation", "Dossier complet."), null, Set.of()), 200, 409);
        for (String evaluateur : List.of("evaluateur1", "evaluateur2")) {
            String sub = PtceClient.claims(appels.jeton(evaluateur)).get("sub").asText();
            exiger(appels.tenace("POST", Service.EVALUATION, chemin + "/evaluateurs", "instructeur1",
                    Map.of("evaluateurSub", sub, "evaluateurNom", evaluateur), null, Set.of()), 201, 409);
            JsonNode detail = appels.get(Service.EVALUATION, chemin, "instructeur1").json();
            String evaluation = null;
            for (JsonNode e : detail.path("evaluateurs")) {
                if (sub.equals(e.path("evaluateurSub").asText())) {
                    evaluation = e.path("evaluationId").asText();
                }
            }
            if (evaluation == null) {
                throw new AssertionError("pas d'évaluation pour " + evaluateur + " : " + detail);
            }
            String ev = "/api/v1/evaluations/" + evaluation;
            exiger(appels.tenace("POST", Service.EVALUATION, ev + "/declaration-interets", evaluateur,
                    Map.of("conflit", false), null, Set.of()), 200, 409);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (String critere : List.of("ANCRAGE", "MODELE", "IMPACT")) {
                notes.add(Map.of("critere", critere, "note", "LAUREAT".equals(decision) ? "4" : "2",
                        "commentaire", "Appréciation " + critere));
            }
            exiger(appels.tenace("PUT", Service.EVALUATION, ev, evaluateur, Map.of("notes", notes, "avis", "Favorable"),
                    null, Set.of()), 200, 409);
            exiger(appels.tenace("POST", Service.EVALUATION, ev + "/soumission", evaluateur, Map.of(), null, Set.of()),
                    200, 409);
        }
        exiger(appels.tenace("POST", Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions", "comite1",
                Map.of("candidatureId", candidature, "decision", decision, "motivation", "Décision de l'essai de panne."),
                null, Set.of()), 200, 201, 409);
        decisions.incrementAndGet();
    }

    static void exiger(Appels.Reponse r, int... attendus) {
        for (int a : attendus) {
            if (r.status() == a) {
                return;
            }
        }
        throw new AssertionError("réponse inattendue " + r);
    }

    void attendre(java.util.function.Supplier<Appels.Reponse> appel, java.util.function.Predicate<Appels.Reponse> fini,
                  String quoi) {
        long limite = System.nanoTime() + 240_000_000_000L;
        Appels.Reponse derniere = null;
        while (System.nanoTime() < limite) {
            derniere = appel.get();
            if (fini.test(derniere)) {
                return;
            }
            Appels.pause(300);
        }
        throw new AssertionError(quoi + " non atteint en 240 s ; dernière réponse " + derniere);
    }

    private static List<Map<String, Object>> grille() {
        return List.of(
                Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial et coopération", "poids", 3),
                Map.of("code", "MODELE", "libelle", "Modèle économique", "poids", 2),
                Map.of("code", "IMPACT", "libelle", "Impact social et emplois", "poids", 2));
    }

    private static Map<String, Object> contenu(String siret, String raisonSociale, String email) {
        return Map.of(
                "structure", Map.of("siret", siret, "raisonSociale", raisonSociale, "formeJuridique", "9220",
                        "adresse", "12 rue des Tanneurs", "codeCommune", "35238"),
                "territoire", "Bassin de vie",
                "membres", List.of(
                        Map.of("nom", "Scop Bois", "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Menuiserie Martin SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Communauté de communes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Filière locale", "description", "Essai de résistance aux pannes.",
                        "secteurs", List.of("BOIS"), "emploisVises", 12, "budget", "250000.00"),
                "contact", Map.of("nom", "Claire Durand", "email", email));
    }

}

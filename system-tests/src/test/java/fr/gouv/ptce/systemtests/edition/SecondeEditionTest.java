package fr.gouv.ptce.systemtests.edition;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.PtceClient;
import fr.gouv.ptce.systemtests.support.Sirets;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A second, harsher edition (issue 20), played end to end against the real platform with its own
 * campaigns, structures and e-mail addresses:
 *
 * <ul>
 *   <li>a phase-1 campaign without a scoring grid, decided on the instruction alone (four lauréats,
 *       one not retained; no evaluator can be assigned: 409 {@code campagne-sans-grille});</li>
 *   <li>a phase-2 campaign with more candidates than places: €100,000 per lauréat, at most 2,
 *       envelope €240,000; A and B lauréats, C and D on the waiting list;</li>
 *   <li>A signs, is paid its first instalment (€50,000), withdraws: promoting is refused (409
 *       {@code convention-non-resiliee}) until the gestionnaire terminates A's agreement with a
 *       €30,000 clawback (€20,000 justified), followed to its recovery; even then C does not fit
 *       beside B (409 {@code enveloppe-insuffisante}: €50,000 kept by A + 2 × €100,000 > €240,000);</li>
 *   <li>B withdraws before signing, promoting C at once; C's agreement is dead-lettered by
 *       financement-service (a trigger on its {@code convention} table, this test's provoked fault),
 *       seen in {@code GET /api/v1/admin/lettres-mortes}, the cause removed, replayed twice (applied
 *       once): C gets its new agreement;</li>
 *   <li>promoting D is refused (409 {@code enveloppe-insuffisante}: €50,000 + C + D > €240,000, though
 *       the cap allows a second lauréat); the committee closes the selection: D not retained, and told;</li>
 *   <li>C's year-1 report rejected then approved, its agreement completed ({@code SOLDEE}) and clawed
 *       back €12,000 after the final control: DEMANDE → TITRE_EMIS → RECOUVRE;</li>
 *   <li>a session of the service offer with one seat: A's structure registers, D's waits; A cancels,
 *       D gets the seat.</li>
 * </ul>
 *
 * It ends with an exact reconciliation: the envelope ({@code total = engage + disponible},
 * {@code paye ≤ engage}, each figure as computed here), every porteur's e-mails (subjects, counted per
 * address from the SMTP mailbox: exactly what its story calls for), no dead letter left about this
 * edition in any of the four services.
 */
@ExtendWith(PlatformExtension.class)
class SecondeEditionTest {

    private static final String GESTIONNAIRE = "gestionnaire1";
    private static final String COMITE = "comite1";
    private static final String PORTEUR = "porteur1";
    private static final Duration ATTENTE = Duration.ofSeconds(90);

    /** Figures of the phase-2 campaign, in cents. */
    private static final long MONTANT = 10_000_000L;
    private static final long ENVELOPPE = 24_000_000L;
    private static final long PREMIERE_ECHEANCE = MONTANT / 2;
    private static final long REVERSEMENT_DESISTEMENT = 3_000_000L;
    private static final long REVERSEMENT_CONTROLE = 1_200_000L;

    private PtceClient client;
    private String run;
    private final LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** One pole of the edition: its structure, contact address and applications. */
    private final class Pole {
        final String lettre;
        final String siret = Sirets.nouveau();
        final String email;
        String phase1;
        String phase2;

        Pole(String lettre) {
            this.lettre = lettre;
            this.email = "pole-" + lettre + "-" + run + "@seconde-edition.test";
        }
    }

    @Test
    void uneSecondeEditionPlusRudeSeRapprocheAuCentimePres(SystemTestPlatform plateforme) {
        client = plateforme.client();
        client.resetClock();
        run = Long.toString(System.currentTimeMillis() % 100_000_000, 36);
        Map<String, Pole> poles = new LinkedHashMap<>();
        for (String l : List.of("a", "b", "c", "d", "x")) {
            poles.put(l, new Pole(l));
        }
        Pole a = poles.get("a");
        Pole b = poles.get("b");
        Pole c = poles.get("c");
        Pole d = poles.get("d");
        Pole x = poles.get("x");

        // --- phase 1, without a grid: decided on the instruction alone --------------------------
        String p1 = publier(Map.of("code", "SECONDE-P1-" + run, "libelle", "Seconde édition phase 1 " + run,
                "phase", "PHASE_1", "ouverture", "2026-01-01T00:00:00+01:00", "cloture", "2030-12-31T00:00:00+01:00"));
        Map<String, Object> c2 = new HashMap<>(Map.of("code", "SECONDE-P2-" + run, "libelle", "Seconde édition phase 2 " + run,
                "phase", "PHASE_2", "ouverture", "2026-01-01T00:00:00+01:00", "cloture", "2030-12-31T00:00:00+01:00",
                "maxLaureats", 2, "montantParLaureat", "100000.00", "enveloppe", "240000.00", "dureeMois", 24));
        // Half at signature, half once the year-1 report is approved (at once: month 0), so that the
        // agreement can be completed without moving the clock; reports due far ahead: no reminder.
        c2.put("echeancier", List.of(
                Map.of("ordre", 1, "pourcentage", "50", "declencheur", "SIGNATURE", "mois", 0),
                Map.of("ordre", 2, "pourcentage", "50", "declencheur", "RAPPORT_APPROUVE", "mois", 0,
                        "rapport", "ACTIVITE_ANNEE_1")));
        c2.put("rapports", List.of(Map.of("type", "ACTIVITE_ANNEE_1", "mois", 12), Map.of("type", "FINANCIER_FINAL", "mois", 24)));
        c2.put("grille", List.of(Map.of("code", "ANCRAGE", "libelle", "Ancrage territorial", "poids", 3),
                Map.of("code", "IMPACT", "libelle", "Impact social et emplois", "poids", 2)));
        String p2 = publier(c2);
        attendre("l'enveloppe de " + p2 + " dans financement-service",
                () -> client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + p2 + "/enveloppe", jeton(GESTIONNAIRE)),
                r -> r.status() == 200);

        for (Pole p : poles.values()) {
            p.phase1 = deposer(p1, p);
        }
        for (Pole p : poles.values()) {
            prendreEtDeclarerRecevable(p.phase1);
            // No evaluator can be assigned on a campaign without a grid.
            PtceClient.Response affectation = client.post(Service.EVALUATION, "/api/v1/instructions/" + p.phase1 + "/evaluateurs",
                    jeton("instructeur1"), Map.of("evaluateurSub", sub("evaluateur1"), "evaluateurNom", "evaluateur1"));
            exiger(affectation, 409, "campagne-sans-grille");
            decider(p1, p.phase1, p == x ? "NON_RETENU" : "LAUREAT",
                    p == x ? "Partenariat encore trop fragile." : "Coopération territoriale solide.");
        }

        // --- phase 2: four candidates, room for two ------------------------------------------
        List<Pole> candidats = List.of(a, b, c, d);
        for (Pole p : candidats) {
            attendre("éligibilité de " + p.siret, () -> client.get(Service.CANDIDATURE,
                    "/api/v1/structures/" + p.siret + "/eligibilite", jeton(PORTEUR)),
                    r -> r.status() == 200 && r.json().path("eligible").asBoolean());
            p.phase2 = deposer(p2, p);
        }
        int note = 4;
        for (Pole p : candidats) {
            prendreEtDeclarerRecevable(p.phase2);
            evaluer(p.phase2, note--);
        }
        decider(p2, a.phase2, "LAUREAT", "Premier du classement.");
        decider(p2, b.phase2, "LAUREAT", "Deuxième du classement.");
        for (Pole p : List.of(c, d)) {
            decider(p2, p.phase2, "LISTE_ATTENTE", "L'enveloppe ne permet pas d'en retenir davantage.");
        }
        String conventionA = convention(a);
        String conventionB = convention(b);

        // --- A signs, is paid, withdraws; the promotion waits for the termination --------------
        signer(conventionA);
        payer(conventionA, 0);
        attendre("la signature de A connue d'evaluation-service", () -> null,
                ignore -> "SIGNEE".equals(suivi(a.phase2)));
        exiger(client.post(Service.EVALUATION, "/api/v1/campagnes/" + p2 + "/decisions/" + a.phase2 + "/desistement",
                jeton(COMITE), Map.of("motif", "Le pôle renonce au projet (départ du partenaire principal).",
                        "promouvoir", false)), 0, null);
        exiger(promouvoir(p2), 409, "convention-non-resiliee");

        PtceClient.Response lue = client.get(Service.FINANCEMENT, "/api/v1/conventions/" + conventionA, jeton(GESTIONNAIRE));
        JsonNode resiliee = exiger(client.call("POST", Service.FINANCEMENT, "/api/v1/conventions/" + conventionA + "/resiliation",
                jeton(GESTIONNAIRE), Map.of("motif", "Désistement après signature ; dépenses justifiées : 20 000 €.",
                        "montantReversement", euros(REVERSEMENT_DESISTEMENT)), Map.of("If-Match", lue.header("ETag"))), 0, null);
        assertEquals("RESILIEE", resiliee.path("statut").asText(), resiliee.toString());
        assertEquals(PREMIERE_ECHEANCE, centimes(resiliee.path("engage")), "A's agreement keeps what was paid: " + resiliee);
        String reversementA = resiliee.path("reversements").path(0).path("id").asText();
        suivreJusquAuRecouvrement(reversementA, REVERSEMENT_DESISTEMENT, "DESISTEMENT");

        // Even once A's agreement is terminated, the envelope cannot hold C beside B: A keeps its
        // €50,000 paid, so B + C + €50,000 = €250,000 > €240,000.
        attendre("la résiliation de A connue d'evaluation-service", () -> promouvoir(p2),
                r -> !(r.status() == 409 && r.body().contains("convention-non-resiliee")));
        exiger(promouvoir(p2), 409, "enveloppe-insuffisante");

        // --- B withdraws before signing, C is promoted at once; C's agreement is dead-lettered --
        String declencheur = "seconde_edition_panne_" + run;
        sql("create function " + declencheur + "() returns trigger language plpgsql as $$ begin "
                + "if new.candidature_id = '" + c.phase2 + "'::uuid then "
                + "raise exception 'panne provoquée par SecondeEditionTest'; end if; return new; end $$");
        sql("create trigger " + declencheur + " before insert on convention for each row execute function " + declencheur + "()");
        JsonNode desistementB;
        try {
            desistementB = exiger(client.post(Service.EVALUATION, "/api/v1/campagnes/" + p2 + "/decisions/" + b.phase2
                    + "/desistement", jeton(COMITE), Map.of("motif", "Le pôle renonce avant de signer.", "promouvoir", true)),
                    200, null);
            JsonNode lettre = lettreMorte(c.phase2);
            assertEquals("laureat.phase2.selectionne", lettre.path("fait").asText(), lettre.toString());
            assertTrue(lettre.path("erreur").asText().contains("panne provoquée"), lettre.toString());
            assertEquals(0, Bases.lignes("financement", "select id from convention where candidature_id::text = ?", c.phase2).size());
        } finally {
            sql("drop trigger if exists " + declencheur + " on convention");
            sql("drop function if exists " + declencheur + "()");
        }
        assertEquals(c.phase2, desistementB.path("promu").path("candidatureId").asText(), desistementB.toString());
        String lettre = lettreMorte(c.phase2).path("id").asText();
        for (int fois = 0; fois < 2; fois++) { // replayed, then replayed again: applied once
            JsonNode rejouee = exiger(client.post(Service.FINANCEMENT, "/api/v1/admin/lettres-mortes/" + lettre + "/rejeu",
                    jeton("admin1"), Map.of()), 0, null);
            assertEquals("REJOUEE", rejouee.path("statut").asText(), rejouee.toString());
        }
        String conventionC = convention(c);
        assertEquals(1, Bases.lignes("financement", "select id from convention where candidature_id::text = ?", c.phase2).size());
        attendre("B's unsigned agreement terminated on the withdrawal", () -> lire(conventionB),
                r -> "RESILIEE".equals(r.json().path("statut").asText()));

        // --- the envelope cannot hold D (C + D + €50,000 > €240,000); the selection is closed ---
        exiger(promouvoir(p2), 409, "enveloppe-insuffisante");
        JsonNode close = exiger(client.post(Service.EVALUATION, "/api/v1/campagnes/" + p2 + "/cloture-selection",
                jeton(COMITE), Map.of("motivation", "Sélection close : l'enveloppe ne peut porter un lauréat de plus.")), 0, null);
        assertEquals(1, close.path("nonRetenus").size(), close.toString());
        assertEquals(d.phase2, close.path("nonRetenus").path(0).path("candidatureId").asText(), close.toString());
        attendre("D not retained in candidature-service", () -> client.get(Service.CANDIDATURE,
                "/api/v1/candidatures/" + d.phase2, jeton(PORTEUR)), r -> "REFUSEE".equals(r.json().path("statut").asText()));

        // --- C: report rejected then approved, agreement completed, clawed back after control ---
        signer(conventionC);
        payer(conventionC, 0);
        String rapport = rapport(conventionC, "ACTIVITE_ANNEE_1", "Rapport de la première année.");
        exiger(client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapport + "/rejet", jeton(GESTIONNAIRE),
                Map.of("motif", "Les indicateurs d'emploi ne sont pas renseignés.")), 0, null);
        approuver(rapport(conventionC, "ACTIVITE_ANNEE_1", "Rapport de la première année, avec les indicateurs d'emploi."));
        payer(conventionC, 1);
        approuver(rapport(conventionC, "FINANCIER_FINAL", "Compte rendu financier final."));
        attendre("C's agreement completed", () -> lire(conventionC), r -> "SOLDEE".equals(r.json().path("statut").asText()));
        JsonNode reversementC = exiger(client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionC + "/reversements",
                jeton(GESTIONNAIRE), Map.of("montant", euros(REVERSEMENT_CONTROLE),
                        "motif", "Contrôle final : dépenses de communication non justifiées.")), 201, null);
        suivreJusquAuRecouvrement(reversementC.path("id").asText(), REVERSEMENT_CONTROLE, "CONTROLE");

        // --- a session with one seat: A's structure registers, D's waits, A cancels -------------
        String titre = "Atelier gouvernance " + run;
        String offre = exiger(client.post(Service.CANDIDATURE, "/api/v1/offres", jeton("admin1"), Map.of("type", "COLLECTIF",
                "theme", "GOUVERNANCE", "titre", titre, "debut", OffsetDateTime.now().plusDays(30).withNano(0).toString(),
                "lieu", "Rennes", "capacite", 1)), 201, null).path("id").asText();
        JsonNode inscritA = exiger(client.post(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions", jeton(PORTEUR),
                Map.of("siret", a.siret)), 201, null);
        assertEquals("INSCRIT", inscritA.path("statut").asText(), inscritA.toString());
        JsonNode attenteD = exiger(client.post(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions", jeton(PORTEUR),
                Map.of("siret", d.siret)), 201, null);
        assertEquals("EN_ATTENTE", attenteD.path("statut").asText(), attenteD.toString());
        exiger(client.delete(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions/" + inscritA.path("id").asText(),
                jeton(PORTEUR)), 0, null);
        Map<String, String> inscriptions = new HashMap<>();
        exiger(client.get(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions", jeton("admin1")), 0, null)
                .forEach(i -> inscriptions.put(i.path("siret").asText(), i.path("statut").asText()));
        assertEquals(Map.of(a.siret, "ANNULEE", d.siret, "INSCRIT"), inscriptions);

        // --- reconciliation --------------------------------------------------------------------
        JsonNode enveloppe = exiger(client.get(Service.FINANCEMENT, "/api/v1/campagnes/" + p2 + "/enveloppe",
                jeton(GESTIONNAIRE)), 0, null);
        long total = centimes(enveloppe.path("total"));
        long engage = centimes(enveloppe.path("engage"));
        long disponible = centimes(enveloppe.path("disponible"));
        long paye = centimes(enveloppe.path("paye"));
        System.out.println("SecondeEditionTest — enveloppe : " + enveloppe);
        assertEquals(total, engage + disponible, enveloppe.toString());
        assertTrue(paye <= engage, enveloppe.toString());
        // A keeps its paid €50,000; B's unsigned agreement gave everything back; C in full.
        assertEquals(ENVELOPPE, total, enveloppe.toString());
        assertEquals(PREMIERE_ECHEANCE + MONTANT, engage, enveloppe.toString());
        assertEquals(ENVELOPPE - PREMIERE_ECHEANCE - MONTANT, disponible, enveloppe.toString());
        assertEquals(PREMIERE_ECHEANCE + MONTANT, paye, enveloppe.toString());
        assertEquals(REVERSEMENT_DESISTEMENT + REVERSEMENT_CONTROLE, centimes(enveloppe.path("recouvre")), enveloppe.toString());
        assertEquals(0, centimes(enveloppe.path("reversementsDemandes")), enveloppe.toString());
        Map<String, String> statuts = new HashMap<>();
        for (String[] l : Bases.lignes("financement", "select candidature_id::text, statut from convention where campagne_id::text = ?", p2)) {
            statuts.put(l[0], l[1]);
        }
        assertEquals(Map.of(a.phase2, "RESILIEE", b.phase2, "RESILIEE", c.phase2, "SOLDEE"), statuts);

        String p1s = "Accusé de réception|décision du comité de sélection|lauréat « PTCE émergent »";
        String laureat = "|Accusé de réception|décision du comité de sélection|lauréat de la phase 2|convention de financement à signer";
        String promu = "|Accusé de réception|décision du comité de sélection|retenue depuis la liste d'attente"
                + "|lauréat de la phase 2|convention de financement à signer";
        Map<Pole, String> attendus = new LinkedHashMap<>();
        attendus.put(x, "Accusé de réception|décision du comité de sélection");
        attendus.put(a, p1s + laureat + "|échéance n° 1 exigible|paiement de l'échéance n° 1|désistement enregistré"
                + "|résiliation de la convention|demande de reversement|titre de perception"
                + "|Inscription confirmée : " + titre + "|Inscription annulée : " + titre);
        attendus.put(b, p1s + laureat + "|désistement enregistré|résiliation de la convention");
        attendus.put(c, p1s + promu + "|échéance n° 1 exigible|paiement de l'échéance n° 1|rapport non approuvé"
                + "|rapport approuvé|échéance n° 2 exigible|paiement de l'échéance n° 2|rapport approuvé"
                + "|demande de reversement|titre de perception");
        attendus.put(d, p1s + "|Accusé de réception|décision du comité de sélection|liste d'attente close"
                + "|Inscription en liste d'attente : " + titre + "|Place libérée : inscription confirmée à " + titre);
        attendus.forEach(this::courrielsExacts);

        for (Service s : Service.values()) {
            for (JsonNode l : client.all(s, "/api/v1/admin/lettres-mortes?statut=EN_ATTENTE", jeton("admin1"))) {
                String charge = l.path("charge").toString();
                assertTrue(!charge.contains(p1) && !charge.contains(p2), s + " garde une lettre morte de l'édition : " + l);
            }
        }
        System.out.printf("SecondeEditionTest — rapprochement : total %s = engagé %s + disponible %s ; payé %s ≤ engagé ;"
                        + " recouvré %s ; %d courriels, chacun attendu%n", euros(total), euros(engage), euros(disponible),
                euros(paye), euros(centimes(enveloppe.path("recouvre"))),
                attendus.values().stream().mapToInt(v -> v.split("\\|").length).sum());
    }

    // --- steps ---------------------------------------------------------------------------------

    private String publier(Map<String, Object> campagne) {
        String id = exiger(client.post(Service.CANDIDATURE, "/api/v1/campagnes", jeton("admin1"), campagne), 201, null)
                .path("id").asText();
        exiger(client.post(Service.CANDIDATURE, "/api/v1/campagnes/" + id + "/publication", jeton("admin1"), Map.of()), 0, null);
        return id;
    }

    private String deposer(String campagne, Pole p) {
        String id = exiger(client.post(Service.CANDIDATURE, "/api/v1/candidatures", jeton(PORTEUR), Map.of("campagneId", campagne)),
                201, null).path("id").asText();
        exiger(client.put(Service.CANDIDATURE, "/api/v1/candidatures/" + id, jeton(PORTEUR), Map.of(
                "structure", Map.of("siret", p.siret, "raisonSociale", "Pôle " + p.lettre.toUpperCase() + " " + run,
                        "formeJuridique", "9220", "adresse", "12 rue des Tanneurs", "codeCommune", "35238"),
                "territoire", "Pays de Rennes",
                "membres", List.of(Map.of("nom", "Scop Bois", "type", "ENTREPRISE_ESS"),
                        Map.of("nom", "Menuiserie Martin SARL", "type", "ENTREPRISE_HORS_ESS"),
                        Map.of("nom", "Communauté de communes", "type", "COLLECTIVITE")),
                "projet", Map.of("titre", "Filière bois locale", "description", "Seconde édition.", "secteurs", List.of("BOIS"),
                        "emploisVises", 8, "budget", "300000.00"),
                "contact", Map.of("nom", "Claire Durand", "email", p.email))), 0, null);
        for (String type : List.of("STATUTS", "BUDGET")) {
            PieceJointe.deposer(client, jeton(PORTEUR), id, type);
        }
        exiger(client.post(Service.CANDIDATURE, "/api/v1/candidatures/" + id + "/depot", jeton(PORTEUR), Map.of()), 0, null);
        return id;
    }

    private void prendreEtDeclarerRecevable(String candidature) {
        String chemin = "/api/v1/instructions/" + candidature;
        attendre("l'instruction de " + candidature, () -> client.get(Service.EVALUATION, chemin, jeton("instructeur1")),
                r -> r.status() == 200);
        exiger(client.post(Service.EVALUATION, chemin + "/prise-en-charge", jeton("instructeur1"), Map.of()), 0, null);
        exiger(client.post(Service.EVALUATION, chemin + "/recevabilite", jeton("instructeur1"),
                Map.of("recevable", true, "motivation", "Dossier complet.")), 0, null);
    }

    /** Two evaluators give every criterion {@code note}: the files are ranked in the order evaluated. */
    private void evaluer(String candidature, int note) {
        for (String evaluateur : List.of("evaluateur1", "evaluateur2")) {
            String evaluation = exiger(client.post(Service.EVALUATION, "/api/v1/instructions/" + candidature + "/evaluateurs",
                    jeton("instructeur1"), Map.of("evaluateurSub", sub(evaluateur), "evaluateurNom", evaluateur)), 201, null)
                    .path("id").asText();
            String ev = "/api/v1/evaluations/" + evaluation;
            exiger(client.post(Service.EVALUATION, ev + "/declaration-interets", jeton(evaluateur), Map.of("conflit", false)), 0, null);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (String critere : List.of("ANCRAGE", "IMPACT")) {
                notes.add(Map.of("critere", critere, "note", String.valueOf(note), "commentaire", "Appréciation " + critere));
            }
            exiger(client.put(Service.EVALUATION, ev, jeton(evaluateur), Map.of("notes", notes, "avis", "Avis motivé.")), 0, null);
            exiger(client.post(Service.EVALUATION, ev + "/soumission", jeton(evaluateur), Map.of()), 0, null);
        }
    }

    private void decider(String campagne, String candidature, String decision, String motivation) {
        exiger(client.post(Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions", jeton(COMITE),
                Map.of("candidatureId", candidature, "decision", decision, "motivation", motivation)), 0, null);
    }

    private PtceClient.Response promouvoir(String campagne) {
        return client.post(Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions/promotion", jeton(COMITE),
                Map.of("motivation", "Premier de la liste d'attente, promu après un désistement."));
    }

    /** The pole's phase-2 agreement, once financement-service has created it. */
    private String convention(Pole p) {
        attendre("la convention de " + p.lettre.toUpperCase(), () -> null, ignore -> !Bases.lignes("financement",
                "select id from convention where candidature_id::text = ?", p.phase2).isEmpty());
        return Bases.lignes("financement", "select id::text from convention where candidature_id::text = ?", p.phase2).get(0)[0];
    }

    private PtceClient.Response lire(String convention) {
        return client.get(Service.FINANCEMENT, "/api/v1/conventions/" + convention, jeton(GESTIONNAIRE));
    }

    private void signer(String convention) {
        PtceClient.Response lue = exiger(lire(convention), 200);
        exiger(client.call("POST", Service.FINANCEMENT, "/api/v1/conventions/" + convention + "/signature", jeton(GESTIONNAIRE),
                Map.of("dateSignature", aujourdhui.toString()), Map.of("If-Match", lue.header("ETag"))), 0, null);
    }

    /** Pays instalment {@code index} once it is payable: ordered, then paid. */
    private void payer(String convention, int index) {
        String id = attendre("l'échéance " + (index + 1) + " de " + convention + " exigible", () -> lire(convention),
                r -> "EXIGIBLE".equals(r.json().path("echeances").path(index).path("statut").asText()))
                .json().path("echeances").path(index).path("id").asText();
        exiger(client.post(Service.FINANCEMENT, "/api/v1/echeances/" + id + "/mise-en-paiement", jeton(GESTIONNAIRE), Map.of()), 0, null);
        exiger(client.post(Service.FINANCEMENT, "/api/v1/echeances/" + id + "/paiement", jeton(GESTIONNAIRE),
                Map.of("reference", "DGFIP-" + run + "-" + id.substring(0, 8), "datePaiement", aujourdhui.toString())), 0, null);
    }

    private String rapport(String convention, String type, String contenu) {
        return exiger(client.post(Service.FINANCEMENT, "/api/v1/conventions/" + convention + "/rapports", jeton(PORTEUR),
                Map.of("type", type, "contenu", contenu)), 201, null).path("id").asText();
    }

    private void approuver(String rapport) {
        exiger(client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapport + "/approbation", jeton(GESTIONNAIRE), Map.of()), 0, null);
    }

    /** A clawback of {@code montant} followed DEMANDE → TITRE_EMIS → RECOUVRE, each state as the gestionnaire reads it. */
    private void suivreJusquAuRecouvrement(String reversement, long montant, String quoi) {
        String chemin = "/api/v1/reversements/" + reversement;
        JsonNode demande = exiger(client.get(Service.FINANCEMENT, chemin, jeton(GESTIONNAIRE)), 0, null);
        assertEquals("DEMANDE", demande.path("statut").asText(), demande.toString());
        assertEquals(montant, centimes(demande.path("montant")), demande.toString());
        JsonNode titre = exiger(client.post(Service.FINANCEMENT, chemin + "/titre", jeton(GESTIONNAIRE),
                Map.of("reference", "TITRE-" + run + "-" + quoi)), 0, null);
        assertEquals("TITRE_EMIS", titre.path("statut").asText(), titre.toString());
        exiger(client.post(Service.FINANCEMENT, chemin + "/recouvrement", jeton(GESTIONNAIRE),
                Map.of("dateRecouvrement", aujourdhui.toString())), 0, null);
        JsonNode r = exiger(client.get(Service.FINANCEMENT, chemin, jeton(GESTIONNAIRE)), 0, null);
        assertEquals("RECOUVRE", r.path("statut").asText(), r.toString());
        assertEquals(montant, centimes(r.path("montant")), r.toString());
    }

    /** financement-service's dead letter (EN_ATTENTE) about the application. */
    private JsonNode lettreMorte(String candidature) {
        List<JsonNode> trouvees = new ArrayList<>();
        attendre("la lettre morte de " + candidature, () -> null, ignore -> {
            trouvees.clear();
            client.all(Service.FINANCEMENT, "/api/v1/admin/lettres-mortes?statut=EN_ATTENTE", jeton("admin1")).stream()
                    .filter(l -> l.path("charge").toString().contains(candidature)).forEach(trouvees::add);
            return !trouvees.isEmpty();
        });
        assertEquals(1, trouvees.size(), trouvees.toString());
        return trouvees.get(0);
    }

    /** The e-mails to the pole's contact: one for each expected subject fragment, nothing else. */
    private void courrielsExacts(Pole p, String fragments) {
        List<String> attendus = List.of(fragments.split("\\|"));
        attendre(attendus.size() + " courriels pour " + p.email, () -> null, ignore -> client.mails(p.email).size() >= attendus.size());
        pause(2000); // nothing more comes
        List<String> sujets = client.mails(p.email).stream().map(PtceClient.Mail::subject).toList();
        List<String> restants = new ArrayList<>(attendus);
        List<String> inattendus = new ArrayList<>();
        for (String sujet : sujets) {
            String f = restants.stream().filter(sujet::contains).findFirst().orElse(null);
            if (f == null) {
                inattendus.add(sujet);
            } else {
                restants.remove(f);
            }
        }
        if (!restants.isEmpty() || !inattendus.isEmpty()) {
            fail("pôle " + p.lettre.toUpperCase() + " (" + p.email + ") : manquants " + restants + ", inattendus " + inattendus
                    + " ; reçus " + sujets);
        }
    }

    // --- plumbing ------------------------------------------------------------------------------

    private String jeton(String utilisateur) {
        return client.tokenFor(utilisateur);
    }

    private String sub(String utilisateur) {
        return PtceClient.claims(jeton(utilisateur)).get("sub").asText();
    }

    /** The mirror of the application's agreement in evaluation-service (fed by financement's events). */
    private static String suivi(String candidature) {
        List<String[]> l = Bases.lignes("evaluation", "select statut from convention_suivie where candidature_id::text = ?", candidature);
        return l.isEmpty() ? null : l.get(0)[0];
    }

    private static void sql(String instruction) {
        try (Connection c = Bases.ouvrir("financement"); Statement st = c.createStatement()) {
            st.execute(instruction);
        } catch (SQLException ex) {
            throw new AssertionError(instruction + " : " + ex.getMessage(), ex);
        }
    }

    /**
     * The answer's JSON when its status is {@code status} (0: any success) and its problem
     * {@code code} when given.
     */
    private static JsonNode exiger(PtceClient.Response r, int status, String code) {
        if (status == 0) {
            assertTrue(r.status() / 100 == 2, r.toString());
        } else {
            assertEquals(status, r.status(), r.toString());
        }
        if (code != null) {
            assertEquals(code, r.json().path("code").asText(), r.toString());
        }
        return r.body().isBlank() ? null : r.json();
    }

    private static PtceClient.Response exiger(PtceClient.Response r, int status) {
        assertEquals(status, r.status(), r.toString());
        return r;
    }

    private PtceClient.Response attendre(String quoi, Supplier<PtceClient.Response> appel, Predicate<PtceClient.Response> fini) {
        long limite = System.nanoTime() + ATTENTE.toNanos();
        PtceClient.Response derniere = null;
        while (true) {
            derniere = appel.get();
            if (fini.test(derniere)) {
                return derniere;
            }
            if (System.nanoTime() > limite) {
                throw new AssertionError(quoi + " : non atteint en " + ATTENTE.toSeconds() + " s ; dernière réponse " + derniere);
            }
            pause(300);
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static long centimes(JsonNode euros) {
        return euros.decimalValue().movePointRight(2).longValueExact();
    }

    private static String euros(long centimes) {
        return java.math.BigDecimal.valueOf(centimes, 2).toPlainString();
    }
}

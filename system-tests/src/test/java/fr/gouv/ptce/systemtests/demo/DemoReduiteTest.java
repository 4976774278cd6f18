package fr.gouv.ptce.systemtests.demo;

import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Progress;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.launcher.demo.Demo;
import fr.gouv.ptce.launcher.demo.Resultat;
import fr.gouv.ptce.launcher.demo.Taille;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./ptce demo}'s own code ({@link Demo#jouer}), on a reduced edition ({@link Taille#REDUITE}:
 * 30 + 16 applications, one porteur, one national instructeur and the Bretagne DREETS's, two national
 * evaluators and those of Bretagne and Occitanie), with its stories off the designed path (a withdrawal
 * after signature and a promotion, the waiting list closed, a report rejected then approved, two
 * clawbacks recovered; a phase-1 call without a grid decided on the instruction alone; a one-seat
 * session whose waiting registration gets the freed seat; the promotion's agreement dead-lettered by
 * the demo's provoked incident, seen, fixed and replayed), against services running with
 * exactly the environment {@code ./ptce up} gives them — the write limit it ships (300 per minute and
 * per account, bursts of 100) included, not the raised limit of the other system tests.
 *
 * <p>The shared platform is started once for the whole run with {@code SystemTestSettings}; this
 * class restarts the four services with the launcher's own environment ({@code ./ptce restart}'s
 * code), plays the edition, and restarts them with the system tests' settings again. It runs last
 * (after the fault tests, see junit-platform.properties) so that no other class meets the launcher's
 * limit. One porteur filing 46 applications (≈ 230 writes) reaches the limit whenever it writes
 * faster than the refill; the demo then waits as each 429's Retry-After says and still completes.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE)
class DemoReduiteTest {

    /**
     * The regional evaluators as evaluation-service names them: the name the directory (Keycloak,
     * deploy/keycloak/realm-ptce.json) gives evaluateur-bretagne and evaluateur-occitanie.
     */
    private static final String EVALUATEUR_BRETAGNE = "Gwenn Kerhervé";
    private static final String EVALUATEUR_OCCITANIE = "Jordi Castan";


    @Test
    void laDemoReduiteAboutitAvecLaLimiteDEcrituresDuLanceur(SystemTestPlatform plateforme) {
        Platform tests = plateforme.platform();
        List<String> services = SystemTestPlatform.services().stream().map(Service::moduleName).toList();
        Platform commeLeLanceur = new Platform(tests.layout(), tests.ports(), new Progress(System.out),
                SystemTestPlatform.services(), Map.of());
        commeLeLanceur.restart(services);
        Resultat r;
        try {
            r = Demo.jouer(tests.ports(), System.out, Taille.REDUITE);
        } finally {
            tests.restart(services);
        }
        Taille t = Taille.REDUITE;

        // Whether porteur1 outruns the refill (5 writes/s after the burst of 100) depends on the
        // machine's load; when it did, each 429 was waited out and named the launcher's limit.
        if (r.reponses429() > 0) {
            assertTrue(r.pauses() > 0, r.toString());
            assertNotNull(r.motifLimite());
            assertTrue(r.motifLimite().contains("300 écritures par minute"), r.motifLimite());
        }

        // Phase 1: every application decided, the lauréats as the committee chose.
        assertEquals(t.phase1(), r.phase1().values().stream().mapToLong(Long::longValue).sum(), r.phase1().toString());
        assertEquals(t.laureatsPhase1(), r.phase1().getOrDefault("ACCEPTEE", 0L), r.phase1().toString());
        for (String enCours : List.of("BROUILLON", "DEPOSEE", "EN_INSTRUCTION", "CORRECTIONS_DEMANDEES")) {
            assertFalse(r.phase1().containsKey(enCours), r.phase1().toString());
        }
        // Phase 2: the lauréats (one withdrew after signing, the first of the waiting list took its
        // place), the waiting list closed (its other files not retained), and the late draft refused at noon.
        assertEquals(t.phase2() + 1, r.phase2().values().stream().mapToLong(Long::longValue).sum(), r.phase2().toString());
        assertEquals(t.laureatsPhase2(), r.phase2().getOrDefault("ACCEPTEE", 0L), r.phase2().toString());
        assertEquals(1L, r.phase2().getOrDefault("RETIREE", 0L), r.phase2().toString());
        assertFalse(r.phase2().containsKey("LISTE_ATTENTE"), r.phase2().toString());
        assertEquals(t.phase2() - t.laureatsPhase2() - 1, r.phase2().getOrDefault("REFUSEE", 0L), r.phase2().toString());
        assertEquals(1L, r.phase2().getOrDefault("BROUILLON", 0L), r.phase2().toString());

        // The stories off the designed path, as the services ended them.
        Resultat.Parcours p = r.parcours();
        assertNotNull(p, r.toString());
        assertEquals("RETIREE", p.desistee(), p.toString());
        assertEquals("RESILIEE", p.conventionDesistee(), p.toString());
        assertEquals("RECOUVRE", p.reversementDesistement(), p.toString());
        assertEquals("ACCEPTEE", p.promue(), p.toString());
        assertEquals("SIGNEE", p.conventionPromue(), p.toString());
        assertEquals(t.listeAttente() - 1, p.nonRetenusALaCloture(), p.toString());
        assertEquals("APPROUVE", p.rapportAnnee1(), p.toString());
        assertEquals("SOLDEE", p.conventionSoldee(), p.toString());
        assertEquals("RECOUVRE", p.reversementControle(), p.toString());

        // Agreements: the lauréats' and the promoted file's; one terminated, one completed.
        assertEquals(Map.of("SIGNEE", (long) t.laureatsPhase2() - 1, "SOLDEE", 1L, "RESILIEE", 1L), r.conventions());
        assertEquals(Map.of("RECOUVRE", 2L), r.reversements());

        // The phase-1 call without a grid: decided on the instruction alone, no evaluator could be assigned.
        Resultat.SansGrille sg = r.sansGrille();
        assertNotNull(sg, r.toString());
        assertEquals("DEMO-" + r.edition() + "-P1-SG", sg.code());
        assertEquals(Map.of("ACCEPTEE", 2L, "REFUSEE", 1L), sg.statuts(), sg.toString());
        assertEquals(0, sg.evaluateursAffectes(), sg.toString());
        assertEquals(3, sg.affectationsRefusees(), sg.toString());

        // The one-seat session: the first registration cancelled, the waiting one got the seat.
        Resultat.Session session = r.session();
        assertNotNull(session, r.toString());
        assertEquals(1, session.capacite(), session.toString());
        assertEquals(List.of("ANNULEE", "INSCRIT"), session.inscriptions(), session.toString());
        assertEquals(0, session.placesRestantes(), session.toString());

        // The provoked dead letter: seen, replayed twice (applied once), nothing left, the trigger gone.
        Resultat.LettreMorte lm = r.lettreMorte();
        assertNotNull(lm, r.toString());
        assertEquals("laureat.phase2.selectionne", lm.fait(), lm.toString());
        assertEquals("REJOUEE", lm.statut(), lm.toString());
        assertTrue(lm.erreur().contains("incident provoqué pour la démonstration"), lm.toString());
        assertTrue(lm.tentatives() >= 1, lm.toString());
        assertEquals(2, lm.rejeux(), lm.toString());
        assertEquals(1L, lm.conventionsDuDossierPromu(), lm.toString());
        assertEquals(0L, lm.restantes(), lm.toString());
        assertEquals(List.of(), Bases.lignes("financement", "select tgname from pg_trigger where tgname like 'ptce_demo_panne_%'"
                + " union all select proname from pg_proc where proname like 'ptce_demo_panne_%'"));

        // The envelope reconciles: a €50,000 reserve beside the lauréats' €100,000 each, all of it
        // committed once the terminated agreement keeps what it was paid (€50,000) and the promoted
        // file is granted in full; paid: every first instalment (the promoted file's too) and the
        // completed agreement's second; recovered: €30,000 (withdrawal) + €12,000 (final control).
        BigDecimal laureats = BigDecimal.valueOf(t.laureatsPhase2());
        BigDecimal total = laureats.multiply(BigDecimal.valueOf(100_000)).add(BigDecimal.valueOf(50_000));
        assertEquals(0, r.enveloppe().compareTo(total), r.toString());
        assertEquals(0, r.enveloppe().compareTo(r.engage().add(r.disponible())), r.toString());
        assertEquals(0, r.engage().compareTo(total), r.toString());
        assertEquals(0, r.paye().compareTo(laureats.add(BigDecimal.valueOf(2)).multiply(BigDecimal.valueOf(50_000))), r.toString());
        assertTrue(r.paye().compareTo(r.engage()) <= 0, r.toString());
        assertEquals(0, r.recouvre().compareTo(BigDecimal.valueOf(42_000)), r.toString());
        assertEquals(0, r.reversementsDemandes().signum(), r.toString());

        // Every notification of the edition's contacts was sent, and the SMTP server has each of them;
        // each story was told: the withdrawal, the termination, the rejected report, the clawbacks.
        assertTrue(r.notifications() >= t.phase1(), r.toString());
        assertEquals(Map.of("ENVOYEE", (long) r.notifications()), r.notificationsParStatut());
        assertEquals(r.notifications(), r.courriels(), r.toString());
        Map<String, Long> modeles = r.notificationsParModele();
        assertEquals(1L, modeles.getOrDefault("DESISTEMENT", 0L), modeles.toString());
        assertEquals(1L, modeles.getOrDefault("CONVENTION_RESILIEE", 0L), modeles.toString());
        assertEquals(1L, modeles.getOrDefault("RAPPORT_REJETE", 0L), modeles.toString());
        assertEquals(2L, modeles.getOrDefault("RAPPORT_APPROUVE", 0L), modeles.toString());
        assertEquals(2L, modeles.getOrDefault("REVERSEMENT_DEMANDE", 0L), modeles.toString());
        assertEquals(2L, modeles.getOrDefault("REVERSEMENT_TITRE_EMIS", 0L), modeles.toString());
        // Every submission acknowledged (the call without a grid's three included); a decision told for
        // every admissible phase-1 file, the call without a grid's three, every phase-2 file, the
        // promotion and each waiting-list file turned down at the closing; every phase-1 lauréat told
        // (the call without a grid's two included); the promoted file's agreement told once, though
        // its event was dead-lettered and replayed twice. The session: two registrations (one
        // confirmed, one waiting), one cancellation, one freed seat given.
        long irrecevables = modeles.getOrDefault("IRRECEVABILITE", 0L);
        assertEquals((t.phase1() - t.phase2()) / 10, irrecevables, modeles.toString()); // Edition: every 10th file not in phase 2
        assertEquals(t.phase1() + t.phase2() + 3L, modeles.getOrDefault("ACCUSE_RECEPTION", 0L), modeles.toString());
        assertEquals(t.phase1() - irrecevables + 3 + t.phase2() + 1 + (t.listeAttente() - 1),
                modeles.getOrDefault("DECISION", 0L), modeles.toString());
        assertEquals(t.laureatsPhase1() + 2L, modeles.getOrDefault("LAUREAT_PHASE1", 0L), modeles.toString());
        assertEquals(t.laureatsPhase2() + 1L, modeles.getOrDefault("LAUREAT_PHASE2", 0L), modeles.toString());
        assertEquals(t.laureatsPhase2() + 1L, modeles.getOrDefault("CONVENTION_A_SIGNER", 0L), modeles.toString());
        assertEquals(2L, modeles.getOrDefault("INSCRIPTION_ENREGISTREE", 0L), modeles.toString());
        assertEquals(1L, modeles.getOrDefault("INSCRIPTION_ANNULEE", 0L), modeles.toString());
        assertEquals(1L, modeles.getOrDefault("INSCRIPTION_PROMUE", 0L), modeles.toString());

        // Scoped agents: the Bretagne files were instructed by the Bretagne DREETS alone, the Bretagne
        // and Occitanie files each scored by their région's evaluator, who scored nothing elsewhere.
        Map<String, Resultat.Agents> regions = r.regions();
        assertEquals(t.phase1() + t.phase2(), regions.values().stream().mapToInt(Resultat.Agents::dossiers).sum(), regions.toString());
        assertEquals(java.util.Set.of("instructeur-bretagne"), regions.get("Bretagne").instructeurs(), regions.toString());
        assertTrue(regions.get("Bretagne").evaluateurs().contains(EVALUATEUR_BRETAGNE), regions.toString());
        assertTrue(regions.get("Occitanie").evaluateurs().contains(EVALUATEUR_OCCITANIE), regions.toString());
        regions.forEach((region, a) -> {
            if (!region.equals("Bretagne")) {
                assertFalse(a.instructeurs().contains("instructeur-bretagne"), region + " " + a);
                assertFalse(a.evaluateurs().contains(EVALUATEUR_BRETAGNE), region + " " + a);
            }
            if (!region.equals("Occitanie")) {
                assertFalse(a.evaluateurs().contains(EVALUATEUR_OCCITANIE), region + " " + a);
            }
        });

        subventionsPublieesAuFormatScdl(plateforme, r);
    }

    /** The SCDL « Subventions » columns, in the schema's order (../shared/reference/scdl-subventions.md). */
    private static final List<String> COLONNES_SCDL = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention");

    /**
     * Issue 22: the edition the demo played is published as open data, read as the public reads it
     * (no token): one line per signed agreement, every field in the schema's format.
     */
    private static void subventionsPublieesAuFormatScdl(SystemTestPlatform plateforme, Resultat r) {
        HttpResponse<String> csv;
        try {
            csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            plateforme.client().serviceUrl(Service.FINANCEMENT) + "/api/v1/opendata/subventions.csv"))
                    .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lignes = csv.body().lines().toList();
        assertEquals(COLONNES_SCDL, champs(lignes.get(0)));
        List<List<String>> edition = lignes.stream().skip(1).filter(l -> l.contains("(démo " + r.edition() + ")"))
                .map(DemoReduiteTest::champs).toList();
        // Every agreement signed is published: the lauréats' (the promoted one's included) at their amount,
        // and the one terminated after the withdrawal at what it kept committed.
        assertEquals(Taille.REDUITE.laureatsPhase2() + 1, edition.size(), csv.body());
        assertEquals(Taille.REDUITE.laureatsPhase2(), edition.stream().filter(l -> l.get(7).equals("100000.00")).count(),
                csv.body());
        for (List<String> l : edition) {
            String ligne = String.join(" | ", l);
            assertEquals(COLONNES_SCDL.size(), l.size(), ligne);
            assertTrue(l.get(0).length() > 0, ligne);
            assertTrue(l.get(1).matches("\\d{14}"), ligne);
            assertTrue(l.get(2).matches("\\d{4}-\\d{2}-\\d{2}"), ligne);
            assertTrue(l.get(5).matches("\\d{14}"), ligne);
            assertTrue(l.get(6).length() < 256 && l.get(6).contains(l.get(4)), ligne);
            BigDecimal montant = new BigDecimal(l.get(7));
            assertTrue(l.get(7).matches("\\d+\\.\\d{2}") && montant.signum() > 0
                    && montant.compareTo(BigDecimal.valueOf(100_000)) <= 0, ligne);
            assertEquals("aide en numéraire", l.get(8), ligne);
            assertTrue(l.get(9).equals("échelonné") || l.get(9).equals("unique"), ligne);
            assertTrue(l.get(10).matches("\\d{4}-\\d{2}-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?"), ligne);
            assertTrue(l.get(12).equals("oui") || l.get(12).equals("non"), ligne);
            BigDecimal pourcentage = new BigDecimal(l.get(13));
            assertTrue(pourcentage.signum() > 0 && pourcentage.compareTo(BigDecimal.ONE) <= 0, ligne);
        }
    }

    /** The fields of one CSV line (RFC 4180: comma, double quotes around a field that holds one). */
    private static List<String> champs(String ligne) {
        List<String> champs = new java.util.ArrayList<>();
        StringBuilder champ = new StringBuilder();
        boolean cite = false;
        for (int i = 0; i < ligne.length(); i++) {
            char c = ligne.charAt(i);
            if (cite && c == '"' && i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
                champ.append('"');
                i++;
            } else if (c == '"') {
                cite = !cite;
            } else if (c == ',' && !cite) {
                champs.add(champ.toString());
                champ.setLength(0);
            } else {
                champ.append(c);
            }
        }
        champs.add(champ.toString());
        return champs;
    }
}
